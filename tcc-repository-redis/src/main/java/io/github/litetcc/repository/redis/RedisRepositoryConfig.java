package io.github.litetcc.repository.redis;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.redis.KeyNamespace;

import java.time.Duration;

/**
 * How the Redis transaction log lays out and limits its data. Immutable; validated on construction (a bad
 * value throws {@link TccConfigurationException} naming the setting and the value).
 *
 * @param namespace             prefix of every key, one per application: 1 to 64 letters, digits, '.', '_' or '-'
 * @param shards                number of due-index shards (1 to 1024); each is one hash tag, so one cluster slot.
 *                              Never change it for a namespace that holds records: their keys carry the shard
 * @param archiveFinished       keep finished records (with a TTL) instead of removing them
 * @param archiveTtl            how long an archived record is kept (at least one second)
 * @param maxBranchPayloadBytes largest try arguments or try context of one branch (1 byte to 64 MiB)
 */
public record RedisRepositoryConfig(String namespace, int shards, boolean archiveFinished, Duration archiveTtl,
                                    int maxBranchPayloadBytes) {
    /** Namespace {@code litetcc}, 16 shards, no archive (TTL 7 days when turned on), 1 MiB per branch payload. */
    public static final RedisRepositoryConfig DEFAULT =
            new RedisRepositoryConfig("litetcc", 16, false, Duration.ofDays(7), 1024 * 1024);
    /** Most shards accepted. */
    public static final int MAX_SHARDS = 1024;
    /** Largest payload limit accepted. */
    public static final int MAX_PAYLOAD_LIMIT = 64 * 1024 * 1024;

    public RedisRepositoryConfig {
        KeyNamespace.require(namespace);
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new TccConfigurationException("shards must be between 1 and " + MAX_SHARDS + ", was " + shards);
        }
        if (archiveTtl == null || archiveTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new TccConfigurationException("archiveTtl must be at least one second, was " + archiveTtl);
        }
        if (maxBranchPayloadBytes < 1 || maxBranchPayloadBytes > MAX_PAYLOAD_LIMIT) {
            throw new TccConfigurationException("maxBranchPayloadBytes must be between 1 and " + MAX_PAYLOAD_LIMIT
                    + ", was " + maxBranchPayloadBytes);
        }
    }

    public RedisRepositoryConfig withNamespace(String value) {
        return new RedisRepositoryConfig(value, shards, archiveFinished, archiveTtl, maxBranchPayloadBytes);
    }

    public RedisRepositoryConfig withShards(int value) {
        return new RedisRepositoryConfig(namespace, value, archiveFinished, archiveTtl, maxBranchPayloadBytes);
    }

    public RedisRepositoryConfig withArchiveFinished(boolean value) {
        return new RedisRepositoryConfig(namespace, shards, value, archiveTtl, maxBranchPayloadBytes);
    }

    public RedisRepositoryConfig withArchiveTtl(Duration value) {
        return new RedisRepositoryConfig(namespace, shards, archiveFinished, value, maxBranchPayloadBytes);
    }

    public RedisRepositoryConfig withMaxBranchPayloadBytes(int value) {
        return new RedisRepositoryConfig(namespace, shards, archiveFinished, archiveTtl, value);
    }
}
