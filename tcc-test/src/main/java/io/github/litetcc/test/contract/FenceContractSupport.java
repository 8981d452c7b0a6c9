package io.github.litetcc.test.contract;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.FencedBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The fixture of the fence contract: a fresh fence per test, fresh branches, and clean-up that cancels
 * every row a test left TRIED, so no run leaves orphans behind on a shared server. Part of
 * {@link FenceContract}: extend that class, not this one.
 */
public abstract class FenceContractSupport {
    /** The fence under test, fresh for each test. */
    protected Fence fence;
    private final Queue<FencedBranch> touched = new ConcurrentLinkedQueue<>();

    /** A new fence for one test; it may share its store with earlier tests and other processes. */
    protected abstract Fence createFence();

    /** Releases what {@link #createFence()} opened; nothing by default. */
    protected void releaseFence(Fence fence) {
    }

    /** The largest try result, in bytes, that the fence from {@link #createFence()} stores. */
    protected int maxTryResultBytes() {
        return 4096;
    }

    @BeforeEach
    void openFence() {
        fence = createFence();
    }

    @AfterEach
    void cancelLeftoverTries() {
        try {
            touched.forEach(this::cancelIfTriedQuietly);
        } finally {
            releaseFence(fence);
        }
    }

    /** A fresh branch whose deadline is an hour away. */
    FencedBranch newBranch() {
        return newBranch(Instant.now().plus(Duration.ofHours(1)));
    }

    /** A fresh branch with the given deadline (cut to milliseconds, the precision every store keeps). */
    FencedBranch newBranch(Instant deadline) {
        return new FencedBranch(Xid.generate(Instant.now()), BranchId.parse("1"), deadline.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Runs one fenced phase of {@code branch}. */
    FenceResult execute(FencedBranch branch, Phase phase, FencedBody body) throws Exception {
        touched.add(branch);
        return fence.execute(branch.request(phase), body);
    }

    /** Runs a phase whose body must not matter (a duplicate, or a phase whose outcome is all the test needs). */
    FenceResult execute(FencedBranch branch, Phase phase) throws Exception {
        return execute(branch, phase, CountingBody.returning(bytes("result of " + branch)));
    }

    Optional<FenceStatus> statusOf(FencedBranch branch) {
        return fence.find(branch.xid(), branch.branch()).map(FenceRecord::status);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Best effort: a row this test left TRIED is cancelled, so it is neither an orphan nor kept forever. */
    private void cancelIfTriedQuietly(FencedBranch branch) {
        try {
            if (statusOf(branch).filter(FenceStatus.TRIED::equals).isPresent()) {
                fence.execute(branch.request(Phase.CANCEL), () -> null);
            }
        } catch (Exception e) {
            // Clean-up only: the test itself has already reported whatever is broken.
        }
    }
}
