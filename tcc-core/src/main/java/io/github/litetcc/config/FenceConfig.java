package io.github.litetcc.config;

import java.time.Duration;

import static io.github.litetcc.config.ConfigChecks.atLeast;
import static io.github.litetcc.config.ConfigChecks.positive;

/**
 * Fence housekeeping.
 *
 * @param retention       how long past its deadline a terminal fence row is kept before clean-up deletes it
 * @param orphanAge       how long past its deadline a TRIED row counts as an orphan (its log record lost)
 * @param cleanupBatch    rows one clean-up statement deletes at most
 * @param cleanupInterval time between two clean-up passes (rows live for days, so an hourly pass is plenty)
 */
public record FenceConfig(Duration retention, Duration orphanAge, int cleanupBatch, Duration cleanupInterval) {

    public static final FenceConfig DEFAULT = new FenceConfig(Duration.ofDays(7), Duration.ofHours(1), 1000, Duration.ofHours(1));

    public FenceConfig {
        positive("tcc.fence.retention", retention);
        positive("tcc.fence.orphan-age", orphanAge);
        atLeast("tcc.fence.cleanup-batch", cleanupBatch, 1);
        positive("tcc.fence.cleanup-interval", cleanupInterval);
    }

    public FenceConfig withRetention(Duration value) {
        return new FenceConfig(value, orphanAge, cleanupBatch, cleanupInterval);
    }

    public FenceConfig withOrphanAge(Duration value) {
        return new FenceConfig(retention, value, cleanupBatch, cleanupInterval);
    }

    public FenceConfig withCleanupBatch(int value) {
        return new FenceConfig(retention, orphanAge, value, cleanupInterval);
    }

    public FenceConfig withCleanupInterval(Duration value) {
        return new FenceConfig(retention, orphanAge, cleanupBatch, value);
    }
}
