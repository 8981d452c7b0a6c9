package io.github.litetcc.spring.boot;

import io.github.litetcc.config.RecoveryConfig;

import java.time.Duration;

/**
 * Recovery ({@code tcc.recovery.*}); unset values keep {@link RecoveryConfig#DEFAULT}.
 *
 * @param enabled     Whether this node runs recovery passes.
 * @param interval    Time between two passes.
 * @param cron        A Quartz cron expression for the passes, instead of the interval.
 * @param batchSize   Most records one pass takes.
 * @param parallelism Records driven at once.
 * @param backoffBase Delay after the first failed attempt; doubled each attempt.
 * @param backoffCap  Longest delay between attempts.
 * @param jitter      Random share (0..1) taken off each delay.
 * @param alertAfter  Attempts after which a record is flagged stuck.
 * @param maxAttempts Attempts after which a record is parked for an operator; 0 never parks.
 * @param grace       How long past its deadline an undecided record is left to its starter.
 * @param lease       How long a recovery claim lasts before another node may take the record over.
 */
public record RecoveryProperties(Boolean enabled, Duration interval, String cron, Integer batchSize, Integer parallelism,
                                 Duration backoffBase, Duration backoffCap, Double jitter, Integer alertAfter,
                                 Integer maxAttempts, Duration grace, Duration lease) {
    static final RecoveryProperties NONE = new RecoveryProperties(null, null, null, null, null, null, null, null, null,
            null, null, null);

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    RecoveryConfig applyTo(RecoveryConfig config) {
        RecoveryConfig result = Overrides.apply(config, interval, RecoveryConfig::withInterval);
        result = Overrides.apply(result, batchSize, RecoveryConfig::withBatchSize);
        result = Overrides.apply(result, parallelism, RecoveryConfig::withParallelism);
        if (backoffBase != null || backoffCap != null || jitter != null) {
            result = result.withBackoff(backoffBase != null ? backoffBase : result.backoffBase(),
                    backoffCap != null ? backoffCap : result.backoffCap(), jitter != null ? jitter : result.jitter());
        }
        result = Overrides.apply(result, alertAfter, RecoveryConfig::withAlertAfter);
        result = Overrides.apply(result, maxAttempts, RecoveryConfig::withMaxAttempts);
        result = Overrides.apply(result, grace, RecoveryConfig::withGrace);
        return Overrides.apply(result, lease, RecoveryConfig::withLease);
    }
}
