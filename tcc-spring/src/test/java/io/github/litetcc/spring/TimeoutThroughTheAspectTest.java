package io.github.litetcc.spring;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.TransactionTimeoutException;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.travel.FlightParticipant;
import io.github.litetcc.spring.travel.HotelParticipant;
import io.github.litetcc.spring.travel.TimedTrip;
import io.github.litetcc.spring.travel.TravelParticipants;
import io.github.litetcc.spring.travel.TripStarter;
import io.github.litetcc.test.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadlines through the aspect, on a test clock: {@code @Tcc(timeoutMillis)} and {@code tcc.default-timeout}. */
class TimeoutThroughTheAspectTest {
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, TccAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.enabled=false", "tcc.fence.enabled=false", "tcc.default-timeout=7s")
            .withUserConfiguration(TravelParticipants.class, Clocked.class);

    @Test
    void theTimeoutOfTheStartersAnnotationSetsTheDeadline() {
        runner.run(context -> {
            assertThatThrownBy(() -> context.getBean(TimedTrip.class).go("frank")).isInstanceOf(TransactionTimeoutException.class);

            Ledger ledger = context.getBean(Ledger.class);
            assertThat(ledger.find("go frank").context().deadline()).isEqualTo(START.plusMillis(TimedTrip.TIMEOUT_MILLIS));
        });
    }

    @Test
    void aTryEnlistedPastTheDeadlineIsRefusedAndTheEarlierBranchesCancel() {
        runner.run(context -> {
            assertThatThrownBy(() -> context.getBean(TimedTrip.class).go("grace"))
                    .isInstanceOf(TransactionTimeoutException.class)
                    .hasMessageContaining("passed its deadline " + START.plusMillis(TimedTrip.TIMEOUT_MILLIS))
                    .hasMessageContaining("before flight.reserve(java.lang.String) could be enlisted");

            assertThat(context.getBean(Ledger.class).actions())
                    .containsExactly("go grace", "book grace", "cancel room of grace for grace");
        });
    }

    @Test
    void aStarterWithoutATimeoutOfItsOwnGetsTheConfiguredDefault() {
        runner.run(context -> {
            context.getBean(TripStarter.class).plan("heidi", 0);

            Ledger ledger = context.getBean(Ledger.class);
            assertThat(ledger.find("book heidi").context().deadline()).isEqualTo(START.plus(Duration.ofSeconds(7)));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Clocked {
        @Bean
        MutableClock clock() {
            return MutableClock.at(START);
        }

        @Bean
        LiteTcc liteTcc(TccConfig config, TransactionRepository repository, Serializer serializer, ParticipantRegistry registry,
                        MutableClock clock) {
            return LiteTcc.builder().config(config).repository(repository).serializer(serializer).registry(registry).clock(clock).build();
        }

        @Bean
        TimedTrip timedTrip(Ledger ledger, HotelParticipant hotel, FlightParticipant flight, MutableClock clock) {
            return new TimedTrip(ledger, hotel, flight, clock);
        }
    }
}
