package io.github.litetcc.fence.memory;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the in-memory fence refuses, and its defaults. */
class InMemoryFenceGuardTest {
    private final InMemoryFence fence = new InMemoryFence();
    private final FenceRequest tryRequest = new FenceRequest(Xid.generate(Instant.now()), BranchId.parse("1"), Phase.TRY,
            Instant.now().plusSeconds(60));

    @Test
    void theDefaultTryResultLimitIs4096Bytes() throws Exception {
        assertThat(fence.maxTryResultBytes()).isEqualTo(4096);
        assertThatThrownBy(() -> fence.execute(tryRequest, () -> new byte[4097]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4096");
        assertThat(fence.execute(tryRequest, () -> new byte[4096]).outcome()).isEqualTo(FenceOutcome.APPLIED);
    }

    @Test
    void aMissingRequestOrBodyIsRefusedAndNothingRuns() {
        assertThatThrownBy(() -> fence.execute(null, () -> null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("request");
        assertThatThrownBy(() -> fence.execute(tryRequest, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("body");
        assertThat(fence.find(tryRequest.xid(), tryRequest.branch())).isEmpty();
    }

    @Test
    void cleanUpAndOrphansRefuseBadArguments() {
        assertThatThrownBy(() -> fence.cleanUp(Duration.ofDays(-1), 10)).isInstanceOf(InvalidInputException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> fence.cleanUp(Duration.ofDays(7), 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> fence.findOrphans(null, 10)).isInstanceOf(InvalidInputException.class).hasMessageContaining("age");
        assertThatThrownBy(() -> fence.findOrphans(Duration.ZERO, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
    }

    @Test
    void aFenceIsNotBuiltWithBadSettings() {
        assertThatThrownBy(() -> new InMemoryFence(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> new InMemoryFence(Clock.systemUTC(), -1, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxTryResultBytes");
        assertThatThrownBy(() -> new InMemoryFence(Clock.systemUTC(), 10, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lockWait");
    }
}
