package io.github.litetcc.spring.boot;

import io.github.litetcc.config.TccConfig;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import io.github.litetcc.spring.metrics.MicrometerTransactionListener;
import io.github.litetcc.spring.metrics.TccGauges;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Micrometer meters under {@code tcc.} when the application has a {@link MeterRegistry}: the counters and timers of
 * {@link MicrometerTransactionListener} and the gauges of {@link TccGauges} (refreshed at most once per recovery
 * interval).
 */
@AutoConfiguration(after = TccAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({MeterRegistry.class, TccConfig.class})
@ConditionalOnProperty(prefix = "tcc", name = "enabled", matchIfMissing = true)
public class TccMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MicrometerTransactionListener tccMetricsListener(MeterRegistry registry) {
        return new MicrometerTransactionListener(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    public TccGauges tccGauges(TransactionOperations operations, ObjectProvider<FenceHousekeeping> housekeeping, TccConfig config) {
        return new TccGauges(operations, housekeeping.getIfAvailable(), config.recovery().interval(), Clock.systemUTC());
    }
}
