package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;

/** Core's recovery passes on a Redis cluster: two nodes racing for the same due records, and a hash with bad bytes. */
class ClusterRecoveryIT extends RedisRecoveryContract {

    @Override
    RedisTarget target() {
        return RedisServers.cluster();
    }
}
