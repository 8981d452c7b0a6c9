package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** The repository contract on the Redis cluster, archiving finished records. */
class ArchivingClusterRepositoryContractIT extends RedisRepositoryContractIT {

    @Override
    RedisTarget target() {
        return RedisServers.cluster();
    }

    @Override
    RedisRepositoryConfig config(String namespace) {
        return super.config(namespace).withArchiveFinished(true);
    }
}
