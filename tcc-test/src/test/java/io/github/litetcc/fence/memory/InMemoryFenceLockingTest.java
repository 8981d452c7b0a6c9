package io.github.litetcc.fence.memory;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The in-memory fence's row locks: a running phase holds its own row only, and a caller waits for it only so long. */
class InMemoryFenceLockingTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private final InMemoryFence fence = new InMemoryFence(Clock.systemUTC(), 64, Duration.ofMillis(50));
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean bodyRunning = new AtomicBoolean();

    @AfterEach
    void stopExecutor() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aPhaseThatCannotGetTheRowWithinTheLockWaitAsksToRetry() throws Exception {
        FenceRequest tryRequest = request(Xid.generate(Instant.now()), "1", Phase.TRY);
        Future<FenceResult> slowTry = startBlockingTry(tryRequest);

        FenceResult cancel = fence.execute(sameBranch(tryRequest, Phase.CANCEL), () -> null);

        assertThat(cancel.outcome()).isEqualTo(FenceOutcome.RETRY);
        release.countDown();
        assertThat(slowTry.get(BOUND.toSeconds(), TimeUnit.SECONDS).outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(fence.execute(sameBranch(tryRequest, Phase.CANCEL), () -> null).outcome()).isEqualTo(FenceOutcome.APPLIED);
    }

    @Test
    void anotherBranchDoesNotWaitForARunningPhase() throws Exception {
        Xid xid = Xid.generate(Instant.now());
        startBlockingTry(request(xid, "1", Phase.TRY));

        FenceResult other = fence.execute(request(xid, "2", Phase.TRY), () -> null);

        assertThat(other.outcome()).isEqualTo(FenceOutcome.APPLIED);
    }

    @Test
    void aPhaseWaitingForTheRowProceedsOnceItIsFree() throws Exception {
        InMemoryFence patient = new InMemoryFence(Clock.systemUTC(), 64, BOUND);
        FenceRequest tryRequest = request(Xid.generate(Instant.now()), "1", Phase.TRY);
        Future<FenceResult> slowTry = startBlockingTry(patient, tryRequest);

        release.countDown();
        FenceResult confirm = patient.execute(sameBranch(tryRequest, Phase.CONFIRM), () -> null);

        assertThat(slowTry.get(BOUND.toSeconds(), TimeUnit.SECONDS).outcome()).isEqualTo(FenceOutcome.APPLIED);
        assertThat(confirm.outcome()).isEqualTo(FenceOutcome.APPLIED);
    }

    private Future<FenceResult> startBlockingTry(FenceRequest request) {
        return startBlockingTry(fence, request);
    }

    /** Starts a try whose body holds the row until {@link #release} opens; returns once the body is running. */
    private Future<FenceResult> startBlockingTry(InMemoryFence target, FenceRequest request) {
        Future<FenceResult> result = executor.submit(() -> target.execute(request, () -> {
            bodyRunning.set(true);
            release.await();
            return new byte[] {1};
        }));
        await("the try body is running").atMost(BOUND).untilTrue(bodyRunning);
        return result;
    }

    private static FenceRequest request(Xid xid, String branch, Phase phase) {
        return new FenceRequest(xid, BranchId.parse(branch), phase, Instant.now().plusSeconds(60));
    }

    private static FenceRequest sameBranch(FenceRequest request, Phase phase) {
        return new FenceRequest(request.xid(), request.branch(), phase, request.deadline());
    }
}
