package io.github.litetcc.config;

import java.time.Duration;

import static io.github.litetcc.config.ConfigChecks.atLeast;
import static io.github.litetcc.config.ConfigChecks.positive;

/**
 * Fence housekeeping.
 *
 * @param retention    how long past its deadline a terminal fence row is kept before clean-up deletes it
 * @param orphanAge    how long past its deadline a TRIED row counts as an orphan (its log record lost)
 * @param cleanupBatch rows one clean-up statement deletes at most
 */
public record FenceConfig(Duration retention, Duration orphanAge, int cleanupBatch) {

    public static final FenceConfig DEFAULT = new FenceConfig(Duration.ofDays(7), Duration.ofHours(1), 1000);

    public FenceConfig {
        positive("tcc.fence.retention", retention);
        positive("tcc.fence.orphan-age", orphanAge);
        atLeast("tcc.fence.cleanup-batch", cleanupBatch, 1);
    }

    public FenceConfig withRetention(Duration value) {
        return new FenceConfig(value, orphanAge, cleanupBatch);
    }

    public FenceConfig withOrphanAge(Duration value) {
        return new FenceConfig(retention, value, cleanupBatch);
    }

    public FenceConfig withCleanupBatch(int value) {
        return new FenceConfig(retention, orphanAge, value);
    }
}
