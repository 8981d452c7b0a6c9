package io.github.litetcc.test.contract;

import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.github.litetcc.model.Phase.CANCEL;
import static io.github.litetcc.model.Phase.CONFIRM;
import static io.github.litetcc.model.Phase.TRY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link io.github.litetcc.spi.Fence} passes: in memory, on each database and on Redis.
 * Extend it, implement {@link #createFence()} (and {@link #maxTryResultBytes()} if the fence was built with
 * another limit), and run it like any JUnit 5 test class. It never assumes a clock it controls: deadlines are
 * hours or days away from the machine's time, and it only reasons about the rows it wrote, so it can run
 * against a shared server that holds other data.
 *
 * <p>This class holds clean-up, orphans and concurrent use; every phase's outcomes are inherited from
 * {@link FencePhaseContract}.
 */
public abstract class FenceContract extends FencePhaseContract {
    private static final Duration HORIZON = Duration.ofDays(7);
    private static final int MAX_CLEAN_UP_CALLS = 1000;

    @Test
    void cleanUpDeletesOnlyTerminalRowsWhoseDeadlineIsOlderThanTheHorizon() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        FencedBranch oldConfirmed = tried(newBranch(longAgo));
        execute(oldConfirmed, CONFIRM);
        FencedBranch oldCancelled = tried(newBranch(longAgo));
        execute(oldCancelled, CANCEL);
        FencedBranch oldEmpty = newBranch(longAgo);
        execute(oldEmpty, CANCEL);
        FencedBranch oldTried = tried(newBranch(longAgo));
        FencedBranch recentConfirmed = tried(newBranch());
        execute(recentConfirmed, CONFIRM);

        cleanUpEverythingDue(100);

        Stream.of(oldConfirmed, oldCancelled, oldEmpty).forEach(branch -> assertThat(statusOf(branch)).as("%s", branch).isEmpty());
        assertThat(statusOf(oldTried)).contains(FenceStatus.TRIED);
        assertThat(statusOf(recentConfirmed)).contains(FenceStatus.CONFIRMED);
    }

    @Test
    void cleanUpDeletesNoMoreThanOneBatchPerCall() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        for (int i = 0; i < 3; i++) {
            execute(newBranch(longAgo), CANCEL);
        }

        assertThat(fence.cleanUp(HORIZON, 2)).isEqualTo(2);
    }

    @Test
    void findOrphansListsTriedRowsWhoseDeadlinePassedLongerAgoThanTheAge() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        FencedBranch orphan = tried(newBranch(twoHoursAgo));
        FencedBranch running = tried(newBranch());
        FencedBranch confirmed = tried(newBranch(twoHoursAgo));
        execute(confirmed, CONFIRM);

        List<FenceRecord> own = fence.findOrphans(Duration.ofHours(1), 1000).stream()
                .filter(row -> Stream.of(orphan, running, confirmed).anyMatch(branch -> branch.xid().equals(row.xid())))
                .toList();

        assertThat(own).singleElement().satisfies(row -> {
            assertThat(row.xid()).isEqualTo(orphan.xid());
            assertThat(row.branch()).isEqualTo(orphan.branch());
            assertThat(row.status()).isEqualTo(FenceStatus.TRIED);
            assertThat(row.deadline()).isEqualTo(orphan.deadline());
        });
    }

    @Test
    void findOrphansReturnsNoMoreThanTheLimit() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            tried(newBranch(twoHoursAgo));
        }

        assertThat(fence.findOrphans(Duration.ofHours(1), 2)).hasSize(2);
    }

    @Test
    void racingPhasesOfOneBranchKeepEveryFencePromise() {
        new FenceBarrage(this).fireAndCheck();
    }

    private FencedBranch tried(FencedBranch branch) throws Exception {
        execute(branch, TRY);
        return branch;
    }

    private void cleanUpEverythingDue(int batchSize) {
        for (int call = 0; call < MAX_CLEAN_UP_CALLS; call++) {
            int deleted = fence.cleanUp(HORIZON, batchSize);
            assertThat(deleted).isBetween(0, batchSize);
            if (deleted < batchSize) {
                return;
            }
        }
        throw new AssertionError("cleanUp still deleted full batches after " + MAX_CLEAN_UP_CALLS + " calls");
    }
}
