package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** The fence contract on Redis standalone. */
class StandaloneFenceContractIT extends RedisFenceContractIT {

    @Override
    RedisTarget target() {
        return RedisServers.standalone();
    }
}
