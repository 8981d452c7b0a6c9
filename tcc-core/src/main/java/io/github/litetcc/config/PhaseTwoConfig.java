package io.github.litetcc.config;

import java.time.Duration;

import static io.github.litetcc.config.ConfigChecks.atLeast;
import static io.github.litetcc.config.ConfigChecks.positive;

/**
 * How the starter drives phase 2.
 *
 * @param parallelism  threads confirming branches in parallel (cancels run in reverse order, one at a time)
 * @param asynchronous whether the caller gets its answer right after the durable decision, phase 2 running behind
 * @param lease        how long the starter's claim on a decided record lasts before recovery may take it over
 */
public record PhaseTwoConfig(int parallelism, boolean asynchronous, Duration lease) {

    public static final PhaseTwoConfig DEFAULT = new PhaseTwoConfig(8, false, Duration.ofSeconds(10));

    public PhaseTwoConfig {
        atLeast("tcc.phase-two.parallelism", parallelism, 1);
        positive("tcc.phase-two.lease", lease);
    }

    public PhaseTwoConfig withParallelism(int value) {
        return new PhaseTwoConfig(value, asynchronous, lease);
    }

    public PhaseTwoConfig withAsynchronous(boolean value) {
        return new PhaseTwoConfig(parallelism, value, lease);
    }

    public PhaseTwoConfig withLease(Duration value) {
        return new PhaseTwoConfig(parallelism, asynchronous, value);
    }
}
