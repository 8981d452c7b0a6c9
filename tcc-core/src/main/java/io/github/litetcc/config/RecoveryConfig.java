package io.github.litetcc.config;

import java.time.Duration;

import static io.github.litetcc.config.ConfigChecks.atLeast;
import static io.github.litetcc.config.ConfigChecks.fraction;
import static io.github.litetcc.config.ConfigChecks.notNegative;
import static io.github.litetcc.config.ConfigChecks.positive;

/**
 * How recovery drives unfinished transactions.
 *
 * @param interval     time between two passes ({@code tcc.recovery.interval})
 * @param batchSize    most records one pass takes
 * @param parallelism  records driven at once
 * @param backoffBase  delay after the first failed attempt; doubled each attempt
 * @param backoffCap   longest delay between attempts
 * @param jitter       random share (0..1) taken off each delay, so nodes do not retry in lockstep
 * @param alertAfter   attempts after which a record is flagged stuck (an ERROR line, a listener event, the operator list)
 * @param maxAttempts  attempts after which a record is parked for an operator; 0 never parks
 * @param grace        how long past its deadline a TRYING record is left to its starter before recovery cancels it
 * @param lease        how long a claim lasts before another node may take the record over
 */
public record RecoveryConfig(Duration interval, int batchSize, int parallelism, Duration backoffBase, Duration backoffCap,
                             double jitter, int alertAfter, int maxAttempts, Duration grace, Duration lease) {

    public static final RecoveryConfig DEFAULT = new RecoveryConfig(Duration.ofSeconds(5), 200, 8, Duration.ofSeconds(1),
            Duration.ofMinutes(1), 0.2, 10, 0, Duration.ofSeconds(5), Duration.ofSeconds(30));

    public RecoveryConfig {
        positive("tcc.recovery.interval", interval);
        atLeast("tcc.recovery.batch-size", batchSize, 1);
        atLeast("tcc.recovery.parallelism", parallelism, 1);
        positive("tcc.recovery.backoff-base", backoffBase);
        positive("tcc.recovery.backoff-cap", backoffCap);
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new io.github.litetcc.TccConfigurationException("Setting tcc.recovery.backoff-cap (" + backoffCap
                    + ") must not be shorter than tcc.recovery.backoff-base (" + backoffBase + ")");
        }
        fraction("tcc.recovery.jitter", jitter);
        atLeast("tcc.recovery.alert-after", alertAfter, 1);
        atLeast("tcc.recovery.max-attempts", maxAttempts, 0);
        notNegative("tcc.recovery.grace", grace);
        positive("tcc.recovery.lease", lease);
    }

    public RecoveryConfig withInterval(Duration value) {
        return new RecoveryConfig(value, batchSize, parallelism, backoffBase, backoffCap, jitter, alertAfter, maxAttempts, grace, lease);
    }

    public RecoveryConfig withBatchSize(int value) {
        return new RecoveryConfig(interval, value, parallelism, backoffBase, backoffCap, jitter, alertAfter, maxAttempts, grace, lease);
    }

    public RecoveryConfig withParallelism(int value) {
        return new RecoveryConfig(interval, batchSize, value, backoffBase, backoffCap, jitter, alertAfter, maxAttempts, grace, lease);
    }

    public RecoveryConfig withBackoff(Duration base, Duration cap, double jitterShare) {
        return new RecoveryConfig(interval, batchSize, parallelism, base, cap, jitterShare, alertAfter, maxAttempts, grace, lease);
    }

    public RecoveryConfig withAlertAfter(int value) {
        return new RecoveryConfig(interval, batchSize, parallelism, backoffBase, backoffCap, jitter, value, maxAttempts, grace, lease);
    }

    public RecoveryConfig withMaxAttempts(int value) {
        return new RecoveryConfig(interval, batchSize, parallelism, backoffBase, backoffCap, jitter, alertAfter, value, grace, lease);
    }

    public RecoveryConfig withGrace(Duration value) {
        return new RecoveryConfig(interval, batchSize, parallelism, backoffBase, backoffCap, jitter, alertAfter, maxAttempts, value, lease);
    }

    public RecoveryConfig withLease(Duration value) {
        return new RecoveryConfig(interval, batchSize, parallelism, backoffBase, backoffCap, jitter, alertAfter, maxAttempts, grace, value);
    }

    /** The delay before attempt {@code attempts + 1}, without jitter: base × 2^(attempts − 1), capped. */
    public Duration backoffFor(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = backoffBase.multipliedBy(1L << doublings);
        return delay.compareTo(backoffCap) > 0 ? backoffCap : delay;
    }
}
