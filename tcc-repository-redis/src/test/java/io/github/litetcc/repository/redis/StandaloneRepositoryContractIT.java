package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** The repository contract on Redis standalone. */
class StandaloneRepositoryContractIT extends RedisRepositoryContractIT {

    @Override
    RedisTarget target() {
        return RedisServers.standalone();
    }
}
