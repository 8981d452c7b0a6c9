package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XidTest {

    @Test
    void printsAsThirtyTwoHexDigitsAndParsesBack() {
        Xid xid = Xid.generate(Instant.parse("2026-11-22T06:00:00Z"));
        assertThat(xid.toString()).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(Xid.parse(xid.toString())).isEqualTo(xid);
    }

    @Test
    void ordersByCreationTime() {
        Xid earlier = Xid.generate(Instant.parse("2026-11-22T06:00:00Z"));
        Xid later = Xid.generate(Instant.parse("2026-11-22T06:00:00.001Z"));
        assertThat(earlier).isLessThan(later);
        assertThat(later.timestamp()).isEqualTo(Instant.parse("2026-11-22T06:00:00.001Z"));
    }

    @Test
    void isUniqueWithinTheSameMillisecond() {
        Instant now = Instant.now();
        Set<Xid> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Xid.generate(now));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void refusesMalformedInputNamingIt() {
        assertThatThrownBy(() -> Xid.parse("not-an-xid")).isInstanceOf(InvalidInputException.class).hasMessageContaining("not-an-xid");
        assertThatThrownBy(() -> Xid.parse("0190C3E2AAAAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Xid.parse(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> Xid.parse("a".repeat(5000))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5000 chars");
    }
}
