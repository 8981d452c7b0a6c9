package io.github.litetcc.test;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void standsStillUntilSetOrAdvanced() {
        MutableClock clock = MutableClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofSeconds(3))).isEqualTo(START.plusSeconds(3));
        clock.set(START.minusSeconds(1));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
        assertThat(clock.millis()).isEqualTo(START.minusSeconds(1).toEpochMilli());
    }

    @Test
    void aClockInAnotherZoneSharesTheTime() {
        MutableClock clock = MutableClock.at(START);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(1));

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void advancesFromManyThreadsAllCount() {
        MutableClock clock = MutableClock.at(START);

        IntStream.range(0, 10_000).parallel().forEach(i -> clock.advance(Duration.ofMillis(1)));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
    }
}
