package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

class ClusterRepositoryIT extends RedisRepositoryBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.cluster();
    }
}
