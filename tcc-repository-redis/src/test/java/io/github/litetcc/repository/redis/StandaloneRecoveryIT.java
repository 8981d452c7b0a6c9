package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** Core's recovery passes on standalone Redis: two nodes racing for the same due records, and a hash with bad bytes. */
class StandaloneRecoveryIT extends RedisRecoveryContract {

    @Override
    RedisTarget target() {
        return RedisServers.standalone();
    }
}
