package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;

import java.time.Duration;
import java.util.List;

/**
 * The Redis transaction log ({@code tcc.repository.redis.*}); unset values keep {@code RedisRepositoryConfig.DEFAULT}.
 *
 * @param uri                   The server: redis://, rediss:// (TLS) or redis-sentinel://...#master.
 * @param clusterNodes          Seed nodes of a Redis Cluster, instead of the uri.
 * @param namespace             Prefix of every key, one per application.
 * @param shards                Number of due-index shards; never change it for a namespace that holds records.
 * @param archiveTtl            How long an archived record is kept.
 * @param maxBranchPayloadBytes Largest try arguments or try context of one branch, in bytes.
 */
public record RedisRepositoryProperties(String uri, List<String> clusterNodes, String namespace, Integer shards,
                                        Duration archiveTtl, Integer maxBranchPayloadBytes) {
    static final RedisRepositoryProperties NONE = new RedisRepositoryProperties(null, null, null, null, null, null);

    /** The repository's configuration, failing with a message naming the property. */
    RedisRepositoryConfig toConfig(boolean archiveFinished) {
        try {
            RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withArchiveFinished(archiveFinished);
            config = Overrides.apply(config, namespace, RedisRepositoryConfig::withNamespace);
            config = Overrides.apply(config, shards, RedisRepositoryConfig::withShards);
            config = Overrides.apply(config, archiveTtl, RedisRepositoryConfig::withArchiveTtl);
            return Overrides.apply(config, maxBranchPayloadBytes, RedisRepositoryConfig::withMaxBranchPayloadBytes);
        } catch (TccConfigurationException e) {
            throw new TccConfigurationException("Invalid setting under tcc.repository.redis: " + e.getMessage(), e);
        }
    }

    /** Whether a cluster is configured; exactly one of uri and cluster-nodes must be. */
    boolean isCluster() {
        boolean hasUri = uri != null && !uri.isBlank();
        boolean hasNodes = clusterNodes != null && !clusterNodes.isEmpty();
        if (hasUri == hasNodes) {
            throw new TccConfigurationException("Setting tcc.repository.type=redis needs tcc.repository.redis.uri or"
                    + " tcc.repository.redis.cluster-nodes" + (hasUri ? ", not both" : ""));
        }
        return hasNodes;
    }
}
