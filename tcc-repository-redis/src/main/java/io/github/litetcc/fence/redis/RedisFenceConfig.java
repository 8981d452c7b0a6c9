package io.github.litetcc.fence.redis;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.redis.KeyNamespace;

import java.time.Duration;

/**
 * How the Redis fence lays out and limits its rows. Immutable; validated on construction (a bad value throws
 * {@link TccConfigurationException} naming the setting and the value).
 *
 * @param namespace          prefix of every key (1 to 64 letters, digits, '.', '_' or '-'); rows live under
 *                           the hash tags {@code {namespace:fence:k}}
 * @param shards             number of row shards (1 to 1024); never change it for a namespace that holds rows
 * @param maxTryResultBytes  largest try result stored (1 byte to 16 MiB)
 * @param pendingTimeout     how long a Java body may run inside {@link RedisFence#execute(io.github.litetcc.spi.FenceRequest,
 *                           io.github.litetcc.spi.FencedBody)}; a transition still pending after it is reverted
 *                           (the body counts as failed), so a crashed node does not block its branch for ever
 * @param lockWaitTimeout    how long a call waits for another call's pending transition on the same branch
 *                           before it answers RETRY
 */
public record RedisFenceConfig(String namespace, int shards, int maxTryResultBytes, Duration pendingTimeout,
                               Duration lockWaitTimeout) {
    /** Namespace {@code litetcc}, 16 shards, 64 KiB try results, 5 minutes pending, 10 seconds lock wait. */
    public static final RedisFenceConfig DEFAULT =
            new RedisFenceConfig("litetcc", 16, 64 * 1024, Duration.ofMinutes(5), Duration.ofSeconds(10));
    /** Most shards accepted. */
    public static final int MAX_SHARDS = 1024;
    /** Largest try-result limit accepted. */
    public static final int MAX_RESULT_LIMIT = 16 * 1024 * 1024;

    public RedisFenceConfig {
        KeyNamespace.require(namespace);
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new TccConfigurationException("shards must be between 1 and " + MAX_SHARDS + ", was " + shards);
        }
        if (maxTryResultBytes < 1 || maxTryResultBytes > MAX_RESULT_LIMIT) {
            throw new TccConfigurationException("maxTryResultBytes must be between 1 and " + MAX_RESULT_LIMIT
                    + ", was " + maxTryResultBytes);
        }
        requirePositive("pendingTimeout", pendingTimeout);
        requirePositive("lockWaitTimeout", lockWaitTimeout);
    }

    public RedisFenceConfig withNamespace(String value) {
        return new RedisFenceConfig(value, shards, maxTryResultBytes, pendingTimeout, lockWaitTimeout);
    }

    public RedisFenceConfig withShards(int value) {
        return new RedisFenceConfig(namespace, value, maxTryResultBytes, pendingTimeout, lockWaitTimeout);
    }

    public RedisFenceConfig withMaxTryResultBytes(int value) {
        return new RedisFenceConfig(namespace, shards, value, pendingTimeout, lockWaitTimeout);
    }

    public RedisFenceConfig withPendingTimeout(Duration value) {
        return new RedisFenceConfig(namespace, shards, maxTryResultBytes, value, lockWaitTimeout);
    }

    public RedisFenceConfig withLockWaitTimeout(Duration value) {
        return new RedisFenceConfig(namespace, shards, maxTryResultBytes, pendingTimeout, value);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new TccConfigurationException(name + " must be positive, was " + value);
        }
    }
}
