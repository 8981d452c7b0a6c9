package io.github.litetcc.spring.boot;

import io.github.litetcc.spring.quartz.TccJob;
import io.github.litetcc.spring.quartz.TccJobScheduler;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.RAMJobStore;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TccQuartzConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TccAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.interval=200ms");

    @Test
    void runsRecoveryAndFenceCleanUpOnItsOwnInMemorySchedulerByDefault() {
        runner.run(context -> {
            Scheduler scheduler = context.getBean(TccJobScheduler.class).scheduler().orElseThrow();
            assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(RAMJobStore.class);
            assertThat(scheduler.checkExists(JobKey.jobKey("recovery", TccJob.GROUP))).isTrue();
            assertThat(scheduler.checkExists(JobKey.jobKey("fence-cleanup", TccJob.GROUP))).isTrue();
            awaitFired(scheduler, "recovery");
        });
    }

    @Test
    void usesTheJdbcJobStoreWithTheSchemaFromTheQuartzJarWhenAskedTo() {
        runner.withPropertyValues("tcc.quartz.job-store=jdbc", "tcc.quartz.jdbc.username=sa",
                "tcc.quartz.jdbc.url=jdbc:h2:mem:quartz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "tcc.quartz.jdbc.initialize-schema=true").run(context -> {
                    Scheduler scheduler = context.getBean(TccJobScheduler.class).scheduler().orElseThrow();
                    assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(JobStoreTX.class);
                    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
                    awaitFired(scheduler, "recovery");
                });
    }

    @Test
    void schedulesOnTheApplicationsSchedulerWhenItHasOne() {
        runner.withUserConfiguration(ApplicationScheduler.class).run(context -> {
            Scheduler application = context.getBean(Scheduler.class);
            assertThat(context.getBean(TccJobScheduler.class).scheduler()).containsSame(application);
            assertThat(application.checkExists(JobKey.jobKey("recovery", TccJob.GROUP))).isTrue();
        });
    }

    @Test
    void keepsItsOwnSchedulerWhenToldNotToUseTheApplications() {
        runner.withUserConfiguration(ApplicationScheduler.class).withPropertyValues("tcc.quartz.use-application-scheduler=false")
                .run(context -> {
                    Scheduler own = context.getBean(TccJobScheduler.class).scheduler().orElseThrow();
                    assertThat(own).isNotSameAs(context.getBean(Scheduler.class));
                    assertThat(context.getBean(Scheduler.class).checkExists(JobKey.jobKey("recovery", TccJob.GROUP))).isFalse();
                });
    }

    @Test
    void schedulesNothingWhenRecoveryAndFencesAreOff() {
        runner.withPropertyValues("tcc.recovery.enabled=false", "tcc.fence.enabled=false").run(context -> {
            TccJobScheduler jobs = context.getBean(TccJobScheduler.class);
            assertThat(jobs.jobs()).isEmpty();
            assertThat(jobs.scheduler()).isEmpty();
        });
    }

    private static void awaitFired(Scheduler scheduler, String job) {
        await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.getTrigger(TriggerKey.triggerKey(job, TccJob.GROUP))
                .getPreviousFireTime() != null);
    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationScheduler {
        @Bean(destroyMethod = "shutdown")
        Scheduler applicationScheduler() throws SchedulerException {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.scheduler.instanceName", "app-" + UUID.randomUUID());
            properties.setProperty("org.quartz.threadPool.threadCount", "1");
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            return new StdSchedulerFactory(properties).getScheduler();
        }
    }
}
