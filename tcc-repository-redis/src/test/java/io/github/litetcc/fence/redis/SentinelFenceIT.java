package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

class SentinelFenceIT extends RedisFenceBehaviour {

    @Override
    RedisTarget target() {
        return RedisServers.sentinel();
    }
}
