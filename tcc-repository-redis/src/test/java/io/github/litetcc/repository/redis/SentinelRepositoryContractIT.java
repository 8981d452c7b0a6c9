package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** The repository contract on Redis sentinel. */
class SentinelRepositoryContractIT extends RedisRepositoryContractIT {

    @Override
    RedisTarget target() {
        return RedisServers.sentinel();
    }
}
