package io.github.litetcc.spring.boot;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.FenceConfig;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.coordinator.TccCoordinator;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.TccAspect;
import io.github.litetcc.spring.TccBeanRegistrar;
import io.github.litetcc.spring.quartz.JobSchedule;
import io.github.litetcc.spring.quartz.TccJobScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class TccAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TccAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.enabled=false", "tcc.fence.enabled=false");

    @Test
    void providesLiteTccOnAnInMemoryLogByDefaultAndWarnsThatItIsNotDurable(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(LiteTcc.class).hasSingleBean(TccCoordinator.class)
                    .hasSingleBean(TccAspect.class).hasSingleBean(TccBeanRegistrar.class).hasSingleBean(TccJobScheduler.class);
            assertThat(context.getBean(TransactionRepository.class)).isInstanceOf(InMemoryTransactionRepository.class);
            assertThat(context.getBean(Serializer.class)).isInstanceOf(KryoSerializer.class);
            assertThat(context.getBean(FenceResolver.class)).isSameAs(FenceResolver.NONE);
            assertThat(context.getBean(LiteTcc.class).coordinator()).isSameAs(context.getBean(TccCoordinator.class));
        });
        assertThat(output).contains("LiteTCC keeps its transaction log in memory", "NOT durable");
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnBeans() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            LiteTcc tcc = context.getBean(LiteTcc.class);
            assertThat(tcc.repository()).isSameAs(context.getBean("ownRepository"));
            assertThat(tcc.serializer()).isSameAs(context.getBean("ownSerializer"));
            assertThat(tcc.config().nodeId()).isEqualTo("own-node");
        });
    }

    @Test
    void doesNothingWhenDisabled() {
        runner.withPropertyValues("tcc.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(LiteTcc.class).doesNotHaveBean(TccAspect.class));
    }

    @Test
    void appliesThePropertiesOntoCoreDefaultsAndKeepsTheRest() {
        runner.withPropertyValues("tcc.node-id=node-7", "tcc.default-timeout=3s", "tcc.phase-two.asynchronous=true",
                "tcc.phase-two.background-finish=false", "tcc.recovery.jitter=0.5", "tcc.recovery.max-attempts=12", "tcc.fence.retention=2d").run(context -> {
                    TccConfig config = context.getBean(TccConfig.class);
                    assertThat(config.nodeId()).isEqualTo("node-7");
                    assertThat(config.defaultTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.phaseTwo()).isEqualTo(TccConfig.DEFAULT.phaseTwo().withAsynchronous(true).withBackgroundFinish(false));
                    RecoveryConfig defaults = RecoveryConfig.DEFAULT;
                    assertThat(config.recovery()).isEqualTo(defaults.withBackoff(defaults.backoffBase(), defaults.backoffCap(), 0.5)
                            .withMaxAttempts(12));
                    assertThat(config.fence()).isEqualTo(TccConfig.DEFAULT.fence().withRetention(Duration.ofDays(2)));
                    assertThat(config.shutdownDrain()).isEqualTo(TccConfig.DEFAULT.shutdownDrain());
                    assertThat(context.getBean(LiteTcc.class).config()).isSameAs(config);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tcc.recovery.jitter=1.5                                 | tcc.recovery.jitter",
            "tcc.default-timeout=soon                                | tcc.default-timeout",
            "tcc.phase-two.parallelism=0                             | tcc.phase-two.parallelism",
            "tcc.recovery.backoff-cap=10ms                           | tcc.recovery.backoff-cap",
            "tcc.repository.type=mongo                               | tcc.repository.type",
            "tcc.repository.type=redis                               | tcc.repository.redis.uri",
            "tcc.serializer.allowed-packages=java                    | tcc.serializer",
            "tcc.serializer.max-payload-bytes=3                      | tcc.serializer",
            "tcc.recovery.cron=every minute                          | tcc.recovery.cron",
            "tcc.fence.cleanup-cron=0 0 * * *                        | tcc.fence.cleanup-cron",
            "tcc.quartz.job-store=jdbc                               | tcc.quartz.jdbc.url",
            "tcc.quartz.thread-count=0                               | tcc.quartz.thread-count",
            "tcc.fence.cleanup-interval=0s                           | tcc.fence.cleanup-interval must be a positive duration, was PT0S",
            "tcc.fence.cleanup-interval=-1m                          | tcc.fence.cleanup-interval must be a positive duration",
    })
    void aBadValueFailsStartUpNamingTheProperty(String setting, String named) {
        runner.withPropertyValues(setting, "tcc.recovery.enabled=true", "tcc.fence.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(named);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0s, 0ms", "500ms, 500ms", "11m, 660000ms"})
    void aQuartzCheckInIntervalOutsideItsRangeFailsStartUpNamingThePropertyAndTheRange(String interval, String shown) {
        runner.withPropertyValues("tcc.quartz.job-store=jdbc", "tcc.quartz.jdbc.url=jdbc:h2:mem:quartz-range",
                "tcc.quartz.jdbc.cluster-checkin-interval=" + interval).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure()))
                            .contains("Setting tcc.quartz.jdbc.cluster-checkin-interval must be between 1s and 10m, was " + shown);
                });
    }

    @Test
    void theFenceCleanUpIntervalComesFromCoreUnlessItIsSet() {
        runner.withPropertyValues("tcc.fence.enabled=true").run(context -> assertThat(cleanupSchedule(context).interval())
                .isEqualTo(FenceConfig.DEFAULT.cleanupInterval()));
        runner.withPropertyValues("tcc.fence.enabled=true", "tcc.fence.cleanup-interval=20m").run(context -> {
            assertThat(cleanupSchedule(context).interval()).isEqualTo(Duration.ofMinutes(20));
            assertThat(context.getBean(TccConfig.class).fence().cleanupInterval()).isEqualTo(Duration.ofMinutes(20));
        });
    }

    private static JobSchedule cleanupSchedule(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(TccJobScheduler.class).jobs().stream().filter(job -> job.name().equals("fence-cleanup"))
                .findFirst().orElseThrow().schedule();
    }

    @Test
    void anIntervalAndACronForOnePassAreRefused() {
        runner.withPropertyValues("tcc.recovery.enabled=true", "tcc.recovery.interval=1s", "tcc.recovery.cron=0 * * * * ?")
                .run(context -> assertThat(messages(context.getStartupFailure()))
                        .contains("Set tcc.recovery.interval or tcc.recovery.cron, not both"));
    }

    @Test
    void aCronExpressionReplacesTheDefaultInterval() {
        runner.withPropertyValues("tcc.recovery.enabled=true", "tcc.recovery.cron=0/30 * * * * ?").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TccJobScheduler.class).jobs()).singleElement()
                    .satisfies(job -> assertThat(job.schedule().cron()).isEqualTo("0/30 * * * * ?"));
        });
    }

    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        TransactionRepository ownRepository() {
            return new InMemoryTransactionRepository();
        }

        @Bean
        Serializer ownSerializer() {
            return new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("com.example")));
        }

        @Bean
        TccConfig ownConfig() {
            return TccConfig.DEFAULT.withNodeId("own-node");
        }
    }
}
