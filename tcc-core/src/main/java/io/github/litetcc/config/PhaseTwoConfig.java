package io.github.litetcc.config;

import java.time.Duration;

import static io.github.litetcc.config.ConfigChecks.atLeast;
import static io.github.litetcc.config.ConfigChecks.positive;

/**
 * How the starter drives phase 2.
 *
 * @param parallelism      threads confirming branches in parallel (cancels run in reverse order, one at a time)
 * @param asynchronous     whether the caller gets its answer right after the durable decision, phase 2 running behind
 * @param lease            how long the starter's claim on a decided record lasts before recovery may take it over
 * @param backgroundFinish whether a record whose phase 2 completed is finished behind the caller, in batches shared
 *                         with other transactions (the caller's answer then waits for the confirms or cancels, not
 *                         for the finish); off, the caller waits for its own finish write
 */
public record PhaseTwoConfig(int parallelism, boolean asynchronous, Duration lease, boolean backgroundFinish) {

    public static final PhaseTwoConfig DEFAULT = new PhaseTwoConfig(8, false, Duration.ofSeconds(10), true);

    public PhaseTwoConfig {
        atLeast("tcc.phase-two.parallelism", parallelism, 1);
        positive("tcc.phase-two.lease", lease);
    }

    public PhaseTwoConfig withParallelism(int value) {
        return new PhaseTwoConfig(value, asynchronous, lease, backgroundFinish);
    }

    public PhaseTwoConfig withAsynchronous(boolean value) {
        return new PhaseTwoConfig(parallelism, value, lease, backgroundFinish);
    }

    public PhaseTwoConfig withLease(Duration value) {
        return new PhaseTwoConfig(parallelism, asynchronous, value, backgroundFinish);
    }

    public PhaseTwoConfig withBackgroundFinish(boolean value) {
        return new PhaseTwoConfig(parallelism, asynchronous, lease, value);
    }
}
