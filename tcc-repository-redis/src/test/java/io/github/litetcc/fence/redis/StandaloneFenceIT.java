package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

class StandaloneFenceIT extends RedisFenceBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.standalone();
    }
}
