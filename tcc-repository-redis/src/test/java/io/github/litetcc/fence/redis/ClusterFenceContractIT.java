package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** The fence contract on Redis cluster. */
class ClusterFenceContractIT extends RedisFenceContractIT {

    @Override
    RedisTarget target() {
        return RedisServers.cluster();
    }
}
