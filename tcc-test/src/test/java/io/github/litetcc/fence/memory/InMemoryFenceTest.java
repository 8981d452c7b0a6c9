package io.github.litetcc.fence.memory;

import io.github.litetcc.spi.Fence;
import io.github.litetcc.test.contract.FenceContract;

import java.time.Clock;
import java.time.Duration;

/** The in-memory fence, built with a smaller try-result limit than the default, passes the fence contract. */
class InMemoryFenceTest extends FenceContract {
    private static final int LIMIT = 1024;

    @Override
    protected Fence createFence() {
        return new InMemoryFence(Clock.systemUTC(), LIMIT, Duration.ofSeconds(10));
    }

    @Override
    protected int maxTryResultBytes() {
        return LIMIT;
    }
}
