package io.github.litetcc.spring.boot;

import io.github.litetcc.config.PhaseTwoConfig;

import java.time.Duration;

/**
 * How the starter drives phase 2 ({@code tcc.phase-two.*}); unset values keep {@link PhaseTwoConfig#DEFAULT}.
 *
 * @param parallelism  Threads confirming branches in parallel.
 * @param asynchronous Whether the caller gets its answer right after the durable decision, phase 2 running behind.
 * @param lease        How long the starter's claim on a decided record lasts before recovery may take it over.
 * @param backgroundFinish Whether a record whose phase 2 completed is finished behind the caller, in batches.
 */
public record PhaseTwoProperties(Integer parallelism, Boolean asynchronous, Duration lease, Boolean backgroundFinish) {
    static final PhaseTwoProperties NONE = new PhaseTwoProperties(null, null, null, null);

    PhaseTwoConfig applyTo(PhaseTwoConfig config) {
        PhaseTwoConfig result = Overrides.apply(config, parallelism, PhaseTwoConfig::withParallelism);
        result = Overrides.apply(result, asynchronous, PhaseTwoConfig::withAsynchronous);
        result = Overrides.apply(result, lease, PhaseTwoConfig::withLease);
        return Overrides.apply(result, backgroundFinish, PhaseTwoConfig::withBackgroundFinish);
    }
}
