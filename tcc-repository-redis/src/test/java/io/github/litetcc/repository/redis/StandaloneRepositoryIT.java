package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

class StandaloneRepositoryIT extends RedisRepositoryBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.standalone();
    }
}
