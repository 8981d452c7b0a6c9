package io.github.litetcc.serialization;

import io.github.litetcc.DisallowedClassException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.serialization.fixtures.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassAllowlistTest {
    private final ClassAllowlist allowlist = ClassAllowlist.from(new SerializationConfig(
            Set.of("com.acme.orders"), Set.of(Money.class), SerializationConfig.DEFAULT_MAX_PAYLOAD_BYTES));

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.String", "java.lang.Integer", "java.math.BigDecimal", "java.util.UUID",
            "java.time.Instant", "java.time.ZoneRegion", "java.util.ArrayList", "java.util.concurrent.ConcurrentHashMap",
            "java.util.ImmutableCollections$ListN", "java.util.Collections$UnmodifiableRandomAccessList",
            "java.util.Arrays$ArrayList", "java.util.Optional", "[B", "[[I", "[Ljava.lang.Object;", "[Ljava.lang.String;",
            "[[Ljava.time.LocalDate;", "com.acme.orders.Order", "com.acme.orders.api.v2.Line$Item",
            "io.github.litetcc.serialization.fixtures.Money", "[Lio.github.litetcc.serialization.fixtures.Money;"})
    void allows(String className) {
        assertThat(allowlist.allows(className)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.Object", "java.lang.Class", "java.lang.ProcessBuilder", "java.lang.Thread",
            "javax.naming.InitialContext", "java.net.URL", "java.util.concurrent.CopyOnWriteArrayList",
            "[Ljava.lang.ProcessBuilder;", "com.acme.Order", "com.acme.ordersx.Order", "com.acme.orders",
            "io.github.litetcc.serialization.fixtures.Customer", "io.github.litetcc.serialization.fixtures.Money$Inner",
            "Unnamed"})
    void refuses(String className) {
        assertThat(allowlist.allows(className)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(allowlist.allows((String) null)).isFalse();
        assertThat(allowlist.allows((Class<?>) null)).isFalse();
    }

    @Test
    void answersForClassesAsForTheirNames() {
        assertThat(allowlist.allows(Money.class)).isTrue();
        assertThat(allowlist.allows(Thread.class)).isFalse();
    }

    @Test
    void aRefusalNamesTheClassTheElementAndBothSettings() {
        assertThatThrownBy(() -> allowlist.requireAllowed("[Lcom.acme.billing.Invoice;"))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessage("Class [Lcom.acme.billing.Invoice; (an array of com.acme.billing.Invoice) is not on the"
                        + " serialization allowlist: to allow it, add com.acme.billing.Invoice to"
                        + " SerializationConfig.allowedClasses, or its package com.acme.billing to"
                        + " SerializationConfig.allowedPackages");
    }

    @Test
    void aRefusalOfAJdkClassSuggestsOnlyAllowingTheClass() {
        assertThatThrownBy(() -> allowlist.requireAllowed("java.lang.ProcessBuilder"))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageEndingWith("add java.lang.ProcessBuilder to SerializationConfig.allowedClasses");
    }

    @Test
    void refusesANullConfig() {
        assertThatThrownBy(() -> ClassAllowlist.from(null)).isInstanceOf(TccConfigurationException.class);
    }
}
