package io.github.litetcc.demo.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four services of one run, each a {@link ServiceProcess} on free loopback ports chosen at start. A shutdown
 * hook stops every one of them if the launcher is interrupted; {@link #close} stops them (the starter first) for good.
 */
final class Fleet implements AutoCloseable {
    /** The services, participants first: they are ready before the starter calls them. */
    static final List<String> SERVICES = List.of("inventory", "account", "points", "order");
    private final DemoOptions options;
    private final String runId;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> dubboPorts = new LinkedHashMap<>();
    private final int httpPort;
    private final Thread hook = new Thread(this::stopAll, "demo-fleet-stop");

    Fleet(DemoOptions options, String runId) {
        this.options = options;
        this.runId = runId;
        this.httpPort = options.port() != 0 ? options.port() : freePort();
        for (String service : SERVICES) {
            String main = "io.github.litetcc.demo." + service + "." + Character.toUpperCase(service.charAt(0)) + service.substring(1) + "Application";
            processes.put(service, new ServiceProcess(service, main, options.dir()));
            dubboPorts.put(service, freePort());
        }
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts every service; the service each of {@code faults} kills holds that fault's confirm. */
    void start(Set<Fault> faults) throws IOException, InterruptedException {
        for (ServiceProcess process : processes.values()) {
            List<String> arguments = arguments(process.name());
            faults.stream().filter(fault -> fault.service().equals(process.name()))
                    .forEach(fault -> arguments.add("--demo.hold-confirm=" + fault.heldOrderId(runId)));
            process.launch(arguments);
        }
        for (ServiceProcess process : processes.values()) {
            process.awaitReady();
        }
    }

    /** Kills {@code service} ({@code kill -9}). */
    void kill(String service) throws InterruptedException {
        processes.get(service).kill();
    }

    /** Starts {@code service} again, on the same ports and database, without any fault hook; waits until it is ready. */
    void restart(String service) throws IOException, InterruptedException {
        ServiceProcess process = processes.get(service);
        process.launch(arguments(service));
        process.awaitReady();
    }

    ServiceProcess process(String service) {
        return processes.get(service);
    }

    int httpPort() {
        return httpPort;
    }

    /** The JDBC URL of {@code service}'s database. */
    String jdbcUrl(String service) {
        return options.db().url(service, runId, options.dir());
    }

    /** The Redis namespace of the order service's log, when it is in Redis. */
    String redisNamespace() {
        return "litetcc-demo-" + runId;
    }

    /** Stops every service (the starter first); they may be started again, and the shutdown hook stays in place. */
    void stop() {
        stopAll();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) anyway
        }
    }

    private void stopAll() {
        List<ServiceProcess> order = new ArrayList<>(processes.values());
        Collections.reverse(order);
        for (ServiceProcess process : order) {
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                forceAll();
                return;
            }
        }
    }

    private void forceAll() {
        processes.values().forEach(process -> {
            try {
                process.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private List<String> arguments(String service) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl(service),
                "--spring.datasource.username=" + options.db().user(),
                "--dubbo.protocol.port=" + dubboPorts.get(service)));
        if (service.equals("order")) {
            arguments.add("--server.port=" + httpPort);
            dubboPorts.forEach((peer, port) -> arguments.add("--demo." + peer + ".url=dubbo://127.0.0.1:" + port));
            if (options.redisLog()) {
                arguments.addAll(List.of("--tcc.repository.type=redis", "--tcc.repository.redis.uri=" + redisUri(),
                        "--tcc.repository.redis.namespace=" + redisNamespace()));
            }
        }
        return arguments;
    }

    /** The Redis server of the order service's log. */
    static String redisUri() {
        String value = System.getenv("TCC_TEST_REDIS_URI");
        return value == null || value.isBlank() ? "redis://127.0.0.1:6379" : value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
