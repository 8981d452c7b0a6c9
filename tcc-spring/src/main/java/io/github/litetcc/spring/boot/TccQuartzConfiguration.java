package io.github.litetcc.spring.boot;

import io.github.litetcc.config.TccConfig;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import io.github.litetcc.spring.quartz.FenceCleanupJob;
import io.github.litetcc.spring.quartz.JobSchedule;
import io.github.litetcc.spring.quartz.OwnScheduler;
import io.github.litetcc.spring.quartz.QuartzSettings;
import io.github.litetcc.spring.quartz.RecoveryJob;
import io.github.litetcc.spring.quartz.TccJob;
import io.github.litetcc.spring.quartz.TccJobScheduler;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovery and fence clean-up as Quartz jobs, scheduled from {@code tcc.recovery.*} and {@code tcc.fence.*}: on the
 * application's {@link Scheduler} bean when it has one (and {@code tcc.quartz.use-application-scheduler} is on),
 * else on LiteTCC's own scheduler, with the in-memory or the (clustered) JDBC job store.
 */
@Configuration(proxyBeanMethods = false)
class TccQuartzConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TccJobScheduler tccJobScheduler(TccProperties properties, TccConfig config, ObjectProvider<TransactionRecovery> recovery,
                                    FenceHousekeeping housekeeping, ObjectProvider<Scheduler> applicationScheduler) {
        List<TccJob> jobs = jobs(properties, config, recovery, housekeeping);
        Scheduler application = properties.quartz().usesApplicationScheduler() ? applicationScheduler.getIfUnique() : null;
        if (application != null) {
            return new TccJobScheduler(() -> application, false, jobs);
        }
        QuartzSettings settings = properties.quartz().toSettings(config.nodeId());
        return new TccJobScheduler(() -> OwnScheduler.create(settings), true, jobs);
    }

    private static List<TccJob> jobs(TccProperties properties, TccConfig config, ObjectProvider<TransactionRecovery> recovery,
                                     FenceHousekeeping housekeeping) {
        List<TccJob> jobs = new ArrayList<>();
        RecoveryProperties recoveryProperties = properties.recovery();
        if (recoveryProperties.isEnabled()) {
            JobSchedule schedule = JobSchedule.of(new JobSchedule.Setting<>("tcc.recovery.interval", config.recovery().interval()),
                    recoveryProperties.interval() != null, new JobSchedule.Setting<>("tcc.recovery.cron", recoveryProperties.cron()));
            jobs.add(new TccJob("recovery", RecoveryJob.class, RecoveryJob.CONTEXT_KEY, recovery.getObject(), schedule));
        }
        FenceProperties fence = properties.fence();
        if (fence.isEnabled()) {
            JobSchedule schedule = JobSchedule.of(new JobSchedule.Setting<>("tcc.fence.cleanup-interval", config.fence().cleanupInterval()),
                    fence.cleanupInterval() != null, new JobSchedule.Setting<>("tcc.fence.cleanup-cron", fence.cleanupCron()));
            jobs.add(new TccJob("fence-cleanup", FenceCleanupJob.class, FenceCleanupJob.CONTEXT_KEY, housekeeping, schedule));
        }
        return jobs;
    }
}
