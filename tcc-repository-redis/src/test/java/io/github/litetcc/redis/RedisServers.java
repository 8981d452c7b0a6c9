package io.github.litetcc.redis;

import io.lettuce.core.RedisURI;
import redis.embedded.RedisServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The Redis deployments shared by every test class of this module, started once per JVM and stopped by
 * shutdown hooks:
 * <ul>
 *   <li>standalone: {@code TCC_TEST_REDIS_URI} (default {@code redis://127.0.0.1:6379}), or, when nothing
 *       answers there, the embedded Redis of {@code com.github.codemonstur:embedded-redis} on a free port;</li>
 *   <li>Sentinel: a {@code redis-server} master and a {@code redis-server --sentinel} on free loopback ports;</li>
 *   <li>cluster: three {@code redis-server --cluster-enabled yes} masters joined by {@code redis-cli --cluster create}.</li>
 * </ul>
 * Sentinel and cluster need the {@code redis-server} and {@code redis-cli} binaries on the PATH.
 */
public final class RedisServers {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String MASTER_NAME = "litetcc-master";
    private static RedisTarget standalone;
    private static RedisTarget sentinel;
    private static RedisTarget cluster;

    private RedisServers() {
    }

    public static synchronized RedisTarget standalone() {
        if (standalone == null) {
            String uri = System.getenv().getOrDefault("TCC_TEST_REDIS_URI", "redis://127.0.0.1:6379");
            RedisURI parsed = RedisURI.create(uri);
            standalone = RedisTarget.single("standalone", isReachable(parsed) ? uri : startEmbedded());
        }
        return standalone;
    }

    public static synchronized RedisTarget sentinel() {
        if (sentinel == null) {
            Path directory = temporaryDirectory("litetcc-sentinel");
            int masterPort = startServer("sentinel-master", directory, List.of());
            int sentinelPort = Resp.freePort();
            Path config = directory.resolve("sentinel.conf");
            write(config, String.join("\n", "port " + sentinelPort, "bind 127.0.0.1", "daemonize no",
                    "dir " + directory.toAbsolutePath(),
                    "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + masterPort + " 1",
                    "sentinel down-after-milliseconds " + MASTER_NAME + " 5000", ""));
            LocalProcess.start("sentinel", List.of(RedisBinaries.server(), config.toString(), "--sentinel"), directory);
            await("sentinel on port " + sentinelPort).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> Resp.command(sentinelPort, "SENTINEL get-master-addr-by-name " + MASTER_NAME)
                            .contains(Integer.toString(masterPort)));
            sentinel = RedisTarget.single("sentinel", "redis-sentinel://127.0.0.1:" + sentinelPort + "#" + MASTER_NAME);
        }
        return sentinel;
    }

    public static synchronized RedisTarget cluster() {
        if (cluster == null) {
            Path directory = temporaryDirectory("litetcc-cluster");
            List<String> nodes = new ArrayList<>();
            List<Integer> ports = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int port = startServer("cluster-node-" + i, directory, List.of("--cluster-enabled", "yes",
                        "--cluster-port", Integer.toString(Resp.freePort()),
                        "--cluster-config-file", directory.resolve("nodes-" + i + ".conf").toString(),
                        "--cluster-announce-ip", "127.0.0.1"));
                ports.add(port);
                nodes.add("127.0.0.1:" + port);
            }
            List<String> create = new ArrayList<>(List.of(RedisBinaries.cli(), "--cluster", "create"));
            create.addAll(nodes);
            create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
            LocalProcess.run("cluster-create", create, directory);
            await("cluster state ok on " + nodes).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                    .until(() -> ports.stream().map(port -> Resp.command(port, "CLUSTER INFO"))
                            .allMatch(info -> info.contains("cluster_state:ok") && info.contains("cluster_known_nodes:3")));
            cluster = RedisTarget.cluster(nodes.stream().map(node -> "redis://" + node).toList());
        }
        return cluster;
    }

    private static int startServer(String name, Path directory, List<String> extra) {
        int port = Resp.freePort();
        List<String> command = new ArrayList<>(List.of(RedisBinaries.server(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", directory.toAbsolutePath().toString()));
        command.addAll(extra);
        LocalProcess process = LocalProcess.start(name, command, directory);
        await(name + " on port " + port).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .failFast(() -> !process.isAlive())
                .until(() -> Resp.command(port, "PING").startsWith("+PONG"));
        return port;
    }

    private static String startEmbedded() {
        int port = Resp.freePort();
        try {
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server), "stop-embedded-redis"));
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException("Nothing answers at the configured Redis and the embedded Redis did not start: "
                    + e.getMessage(), e);
        }
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            System.err.println("Embedded Redis did not stop: " + e.getMessage());
        }
    }

    private static boolean isReachable(RedisURI uri) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            File file = directory.toFile();
            file.deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
