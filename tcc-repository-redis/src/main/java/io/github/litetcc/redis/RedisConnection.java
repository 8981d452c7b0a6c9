package io.github.litetcc.redis;

import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.TccException;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One open connection to Redis, standalone, Sentinel or Cluster, with byte-array keys and values. Opened
 * eagerly: a wrong password, an unknown host or a bad URI fails {@link #open}/{@link #openCluster} with the
 * cause. Credentials and TLS come from the URI ({@code redis://user:password@host:port/db},
 * {@code rediss://…} for TLS, {@code redis-sentinel://password@host:port,host:port#master}); messages show
 * URIs with the password masked. Thread-safe (Lettuce multiplexes one connection); close it once, after
 * every repository and fence that use it.
 */
public final class RedisConnection implements AutoCloseable {
    private final AbstractRedisClient client;
    private final StatefulConnection<byte[], byte[]> connection;
    private final RedisClusterCommands<byte[], byte[]> commands;
    private final RedisClusterAsyncCommands<byte[], byte[]> asyncCommands;
    private final boolean cluster;
    private final String description;
    private final List<String> passwords;

    private RedisConnection(AbstractRedisClient client, StatefulConnection<byte[], byte[]> connection,
                            RedisClusterCommands<byte[], byte[]> commands, RedisClusterAsyncCommands<byte[], byte[]> asyncCommands,
                            boolean cluster, String description, List<String> passwords) {
        this.client = client;
        this.connection = connection;
        this.commands = commands;
        this.asyncCommands = asyncCommands;
        this.cluster = cluster;
        this.description = description;
        this.passwords = List.copyOf(passwords);
    }

    /**
     * Connects to a standalone server ({@code redis://}, {@code rediss://}) or through Sentinel
     * ({@code redis-sentinel://…#master}).
     *
     * @throws TccConfigurationException for a malformed URI, or when the server refused the connection (wrong password)
     * @throws RepositoryUnavailableException when the server cannot be reached
     */
    public static RedisConnection open(String uri) {
        RedisURI parsed = RedisUris.parseStandaloneOrSentinel(uri);
        String description = RedisUris.mask(uri);
        RedisClient client = RedisClient.create(parsed);
        try {
            StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
            return new RedisConnection(client, connection, connection.sync(), connection.async(), false, description,
                    RedisUris.passwords(parsed)).checked();
        } catch (RedisException e) {
            client.shutdown();
            throw startUpFailure(description, e, RedisUris.passwords(parsed));
        }
    }

    /**
     * Connects to a Redis Cluster through one or more seed nodes ({@code redis://} or {@code rediss://}).
     *
     * @throws TccConfigurationException for a malformed or missing URI, or when the nodes refused the connection
     * @throws RepositoryUnavailableException when no seed node can be reached
     */
    public static RedisConnection openCluster(List<String> seedUris) {
        if (seedUris == null || seedUris.isEmpty()) {
            throw new TccConfigurationException("A Redis Cluster needs at least one seed URI, was " + seedUris);
        }
        List<RedisURI> seeds = seedUris.stream().map(RedisUris::parseClusterNode).toList();
        String description = "cluster " + seedUris.stream().map(RedisUris::mask).toList();
        RedisClusterClient client = RedisClusterClient.create(seeds);
        client.setOptions(ClusterClientOptions.builder().topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                .enableAllAdaptiveRefreshTriggers().enablePeriodicRefresh(Duration.ofMinutes(1)).build()).build());
        try {
            StatefulRedisClusterConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
            List<String> passwords = seeds.stream().flatMap(seed -> RedisUris.passwords(seed).stream()).toList();
            return new RedisConnection(client, connection, connection.sync(), connection.async(), true, description, passwords)
                    .checked();
        } catch (RedisException e) {
            client.shutdown();
            throw startUpFailure(description, e, seeds.stream().flatMap(seed -> RedisUris.passwords(seed).stream()).toList());
        }
    }

    /** Whether this is a cluster connection (a script may then only touch keys of one slot). */
    public boolean isCluster() {
        return cluster;
    }

    /** The hash slot of a key (the same on every deployment; only a cluster cares). */
    public static int slotOf(String key) {
        return SlotHash.getSlot(key);
    }

    /** What this connection points at, password masked. */
    @Override
    public String toString() {
        return "RedisConnection[" + description + "]";
    }

    /**
     * Runs one command against Redis, turning any Redis failure into a {@link RepositoryUnavailableException}
     * whose message names {@code what} and the (masked) server.
     */
    public <T> T call(String what, Function<RedisClusterCommands<byte[], byte[]>, T> command) {
        try {
            return command.apply(commands);
        } catch (RedisException e) {
            throw new RepositoryUnavailableException(what + " failed on Redis " + description + ": "
                    + RedisUris.scrub(rootMessage(e), passwords), e);
        }
    }

    /**
     * Sends {@code count} commands back to back without waiting for any answer (a pipeline: many commands share
     * the round trip), {@code command} making the {@code i}-th. Wait for each with {@link #await}.
     *
     * @throws RepositoryUnavailableException if a command could not be sent
     */
    public <T> List<RedisFuture<T>> sendAll(String what, int count,
                                            BiFunction<RedisClusterAsyncCommands<byte[], byte[]>, Integer, RedisFuture<T>> command) {
        List<RedisFuture<T>> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = i;
            sent.add(call(what, ignored -> command.apply(asyncCommands, at)));
        }
        return sent;
    }

    /**
     * The answer of a command sent by {@link #sendAll}, waited for up to the connection's command timeout.
     *
     * @throws RedisException as Redis or the wait failed (run it inside {@link #call} to have it translated)
     */
    public <T> T await(RedisFuture<T> sent) {
        return LettuceFutures.awaitOrCancel(sent, connection.getTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Closes the connection and the client's threads. */
    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    private RedisConnection checked() {
        commands.ping();
        return this;
    }

    private static TccException startUpFailure(String description, RedisException e, List<String> passwords) {
        String message = "Cannot connect to Redis " + description + ": " + RedisUris.scrub(rootMessage(e), passwords);
        if (hasCause(e, RedisCommandExecutionException.class)) {
            return new TccConfigurationException(message + " (check the credentials in the URI)", e);
        }
        return new RepositoryUnavailableException(message, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            text.append("; ").append(t.getMessage());
        }
        return text.toString();
    }
}
