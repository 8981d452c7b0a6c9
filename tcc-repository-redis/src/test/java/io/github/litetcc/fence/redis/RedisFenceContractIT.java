package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.SharedConnections;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.test.contract.FenceContract;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fence contract on one Redis deployment: a fresh fence per test on the class's shared connection and namespace. */
@ExtendWith(SharedConnections.class)
abstract class RedisFenceContractIT extends FenceContract {
    private static final int LIMIT = 2048;

    abstract RedisTarget target();

    @Override
    protected Fence createFence() {
        SharedConnections.Shared shared = SharedConnections.of(getClass(), this::target);
        return new RedisFence(shared.connection(), RedisFenceConfig.DEFAULT.withNamespace(shared.namespace())
                .withShards(4).withMaxTryResultBytes(LIMIT));
    }

    @Override
    protected int maxTryResultBytes() {
        return LIMIT;
    }
}
