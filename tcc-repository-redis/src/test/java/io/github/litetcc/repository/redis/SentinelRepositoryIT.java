package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

class SentinelRepositoryIT extends RedisRepositoryBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.sentinel();
    }
}
