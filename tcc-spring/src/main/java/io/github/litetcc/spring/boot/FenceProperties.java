package io.github.litetcc.spring.boot;

import io.github.litetcc.config.FenceConfig;

import java.time.Duration;

/**
 * The fence ({@code tcc.fence.*}); unset values keep {@link FenceConfig#DEFAULT}.
 *
 * @param enabled         Whether participants with a data source are fenced.
 * @param dataSource      The data source bean holding the fence of participants that name none, when there are several.
 * @param retention       How long past its deadline a finished fence row is kept.
 * @param orphanAge       How long past its deadline a TRIED row counts as an orphan.
 * @param cleanupBatch    Rows one clean-up statement deletes at most.
 * @param cleanupInterval Time between two clean-up passes (a positive duration).
 * @param cleanupCron     A Quartz cron expression for the clean-up passes, instead of the interval.
 */
public record FenceProperties(Boolean enabled, String dataSource, Duration retention, Duration orphanAge, Integer cleanupBatch,
                              Duration cleanupInterval, String cleanupCron) {
    static final FenceProperties NONE = new FenceProperties(null, null, null, null, null, null, null);

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    FenceConfig applyTo(FenceConfig config) {
        FenceConfig result = Overrides.apply(config, retention, FenceConfig::withRetention);
        result = Overrides.apply(result, orphanAge, FenceConfig::withOrphanAge);
        result = Overrides.apply(result, cleanupBatch, FenceConfig::withCleanupBatch);
        return Overrides.apply(result, cleanupInterval, FenceConfig::withCleanupInterval);
    }
}
