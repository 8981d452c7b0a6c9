package io.github.litetcc.fence.memory;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.test.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory fence on a clock the test moves: row times, and the exact edges of clean-up and orphans. */
class InMemoryFenceClockTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration HORIZON = Duration.ofDays(7);
    private final MutableClock clock = MutableClock.at(START);
    private final InMemoryFence fence = new InMemoryFence(clock);

    @Test
    void rowsRecordWhenTheyWereInsertedAndLastChanged() throws Exception {
        FenceRequest tryRequest = request(Phase.TRY, START.plusSeconds(60));
        fence.execute(tryRequest, () -> null);
        clock.advance(Duration.ofSeconds(5));

        fence.execute(request(tryRequest, Phase.CONFIRM), () -> null);

        FenceRecord row = fence.find(tryRequest.xid(), tryRequest.branch()).orElseThrow();
        assertThat(row.createdAt()).isEqualTo(START);
        assertThat(row.updatedAt()).isEqualTo(START.plusSeconds(5));
        assertThat(row.deadline()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void cleanUpKeepsATerminalRowUntilItsDeadlineIsOlderThanTheHorizon() throws Exception {
        FenceRequest cancel = request(Phase.CANCEL, START);
        fence.execute(cancel, () -> null);

        clock.set(START.plus(HORIZON));
        assertThat(fence.cleanUp(HORIZON, 10)).isZero();

        clock.advance(Duration.ofMillis(1));
        assertThat(fence.cleanUp(HORIZON, 10)).isEqualTo(1);
        assertThat(fence.find(cancel.xid(), cancel.branch())).isEmpty();
    }

    @Test
    void aTriedRowBecomesAnOrphanOnceItsDeadlinePassedLongerAgoThanTheAge() throws Exception {
        FenceRequest tried = request(Phase.TRY, START);
        fence.execute(tried, () -> null);

        clock.set(START.plus(Duration.ofHours(1)));
        assertThat(fence.findOrphans(Duration.ofHours(1), 10)).isEmpty();

        clock.advance(Duration.ofMillis(1));
        assertThat(fence.findOrphans(Duration.ofHours(1), 10)).extracting(FenceRecord::xid).containsExactly(tried.xid());
    }

    @Test
    void orphansComeOldestDeadlineFirst() throws Exception {
        FenceRequest newer = request(Phase.TRY, START.minusSeconds(10));
        FenceRequest older = request(Phase.TRY, START.minusSeconds(20));
        fence.execute(newer, () -> null);
        fence.execute(older, () -> null);

        assertThat(fence.findOrphans(Duration.ZERO, 10)).extracting(FenceRecord::xid).containsExactly(older.xid(), newer.xid());
    }

    @Test
    void cleanUpNeverDeletesATriedRowHoweverOld() throws Exception {
        FenceRequest tried = request(Phase.TRY, START);
        fence.execute(tried, () -> null);
        clock.advance(Duration.ofDays(365));

        assertThat(fence.cleanUp(HORIZON, 10)).isZero();
        assertThat(fence.find(tried.xid(), tried.branch())).isPresent();
    }

    private static FenceRequest request(Phase phase, Instant deadline) {
        return new FenceRequest(Xid.generate(Instant.now()), BranchId.parse("1"), phase, deadline);
    }

    private static FenceRequest request(FenceRequest same, Phase phase) {
        return new FenceRequest(same.xid(), same.branch(), phase, same.deadline());
    }
}
