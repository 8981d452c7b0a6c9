package io.github.litetcc.test.contract;

import io.github.litetcc.TransientTccException;
import io.github.litetcc.model.Phase;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads firing random phases, with duplicates, at a few branches at once, then checking the fence's
 * promises on what happened: each body ran at most once, confirm and cancel never both, no try took
 * effect after a cancel, and the only failures were transient ones.
 */
final class FenceBarrage {
    private static final int THREADS = 8;
    private static final int SHOTS_PER_THREAD = 200;
    private static final int BRANCHES = 16;
    private static final Phase[] PHASES = Phase.values();

    private final FenceContractSupport suite;
    private final List<Target> targets;
    private final AtomicLong ticks = new AtomicLong();
    private final long seed = System.nanoTime();

    FenceBarrage(FenceContractSupport suite) {
        this.suite = suite;
        this.targets = IntStream.range(0, BRANCHES).mapToObj(i -> new Target(suite.newBranch())).toList();
    }

    /** One branch under fire, with a body per phase that counts its runs. */
    private record Target(FencedBranch branch, CountingBody tryBody, CountingBody confirmBody, CountingBody cancelBody) {
        Target(FencedBranch branch) {
            this(branch, CountingBody.returning(expectedResult(branch)), CountingBody.returning(null), CountingBody.returning(null));
        }

        CountingBody body(Phase phase) {
            return switch (phase) {
                case TRY -> tryBody;
                case CONFIRM -> confirmBody;
                case CANCEL -> cancelBody;
            };
        }
    }

    /** One call: its phase, its outcome ({@code null} for a transient failure) and when it started and ended. */
    private record Shot(Target target, Phase phase, FenceOutcome outcome, byte[] tryResult, long start, long end) {
        boolean isDone() {
            return outcome != null && outcome.isDone();
        }
    }

    void fireAndCheck() {
        List<Race.Result<List<Shot>>> results = Race.run(THREADS, runner -> () -> fire(new Random(seed + runner)));
        assertThat(results).as("runners (seed %d)", seed).allSatisfy(result -> assertThat(result.failure()).isNull());
        List<Shot> shots = results.stream().flatMap(result -> result.value().stream()).toList();
        SoftAssertions softly = new SoftAssertions();
        targets.forEach(target -> check(softly, target, shots.stream().filter(shot -> shot.target() == target).toList()));
        softly.assertAll();
    }

    private List<Shot> fire(Random random) throws Exception {
        List<Shot> shots = new ArrayList<>(SHOTS_PER_THREAD);
        for (int i = 0; i < SHOTS_PER_THREAD; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            Phase phase = PHASES[random.nextInt(PHASES.length)];
            long start = ticks.incrementAndGet();
            FenceResult result = fireOne(target, phase);
            shots.add(new Shot(target, phase, result == null ? null : result.outcome(),
                    result == null ? null : result.tryResult(), start, ticks.incrementAndGet()));
        }
        return shots;
    }

    private FenceResult fireOne(Target target, Phase phase) throws Exception {
        try {
            return suite.execute(target.branch(), phase, target.body(phase));
        } catch (TransientTccException e) {
            return null;
        }
    }

    private void check(SoftAssertions softly, Target target, List<Shot> shots) {
        String what = target.branch() + " (seed " + seed + ")";
        int tries = target.tryBody().runs();
        int confirms = target.confirmBody().runs();
        int cancels = target.cancelBody().runs();
        softly.assertThat(List.of(tries, confirms, cancels)).as("body runs (try, confirm, cancel) of %s", what).allMatch(runs -> runs <= 1);
        softly.assertThat(confirms + cancels).as("confirm and cancel bodies of %s", what).isLessThanOrEqualTo(1);
        for (Phase phase : PHASES) {
            softly.assertThat(count(shots, phase, FenceOutcome.APPLIED)).as("%s applied for %s", phase, what)
                    .isEqualTo(target.body(phase).runs());
        }
        if (count(shots, Phase.CANCEL, FenceOutcome.EMPTY) > 0) {
            softly.assertThat(tries).as("try body runs of %s after an empty cancel", what).isZero();
        }
        softly.assertThat(shots).as("tries of %s that took effect", what)
                .filteredOn(shot -> shot.phase() == Phase.TRY && shot.isDone())
                .allSatisfy(shot -> assertThat(shot.tryResult()).isEqualTo(expectedResult(target.branch())));
        checkNothingTookEffectAfterTheOtherDirection(softly, what, shots);
        softly.assertThat(suite.statusOf(target.branch())).as("final row of %s", what)
                .isEqualTo(expectedRow(tries, confirms, cancels, count(shots, Phase.CANCEL, FenceOutcome.EMPTY) > 0));
    }

    /** After a cancel took effect, no try or confirm did; after a confirm took effect, no cancel did. */
    private static void checkNothingTookEffectAfterTheOtherDirection(SoftAssertions softly, String what, List<Shot> shots) {
        long cancelled = firstEnd(shots, Phase.CANCEL);
        long confirmed = firstEnd(shots, Phase.CONFIRM);
        softly.assertThat(shots).as("tries and confirms of %s that took effect after a cancel", what)
                .filteredOn(shot -> shot.phase() != Phase.CANCEL && shot.start() > cancelled && shot.isDone())
                .isEmpty();
        softly.assertThat(shots).as("cancels of %s that took effect after a confirm", what)
                .filteredOn(shot -> shot.phase() == Phase.CANCEL && shot.start() > confirmed && shot.isDone())
                .isEmpty();
    }

    private static Optional<FenceStatus> expectedRow(int tries, int confirms, int cancels, boolean emptyCancel) {
        if (confirms == 1) {
            return Optional.of(FenceStatus.CONFIRMED);
        }
        if (cancels == 1) {
            return Optional.of(FenceStatus.CANCELLED);
        }
        if (emptyCancel) {
            return Optional.of(FenceStatus.CANCELLED_EMPTY);
        }
        return tries == 1 ? Optional.of(FenceStatus.TRIED) : Optional.empty();
    }

    private static long firstEnd(List<Shot> shots, Phase phase) {
        return shots.stream().filter(shot -> shot.phase() == phase && shot.isDone()).mapToLong(Shot::end).min().orElse(Long.MAX_VALUE);
    }

    private static long count(List<Shot> shots, Phase phase, FenceOutcome outcome) {
        return shots.stream().filter(shot -> shot.phase() == phase && shot.outcome() == outcome).count();
    }

    private static byte[] expectedResult(FencedBranch branch) {
        return FenceContractSupport.bytes("result of " + branch);
    }
}
