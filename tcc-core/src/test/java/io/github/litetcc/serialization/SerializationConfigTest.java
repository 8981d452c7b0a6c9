package io.github.litetcc.serialization;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.serialization.fixtures.Money;
import io.github.litetcc.serialization.fixtures.OrderStatus;
import io.github.litetcc.serialization.fixtures.PaymentDeclinedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.AbstractList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerializationConfigTest {

    @Test
    void theDefaultAllowsNoApplicationClassAndLimitsPayloadsToOneMebibyte() {
        assertThat(SerializationConfig.DEFAULT.allowedPackages()).isEmpty();
        assertThat(SerializationConfig.DEFAULT.allowedClasses()).isEmpty();
        assertThat(SerializationConfig.DEFAULT.maxPayloadBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void withCopiesChangeOneSettingAndLeaveTheOriginalAlone() {
        SerializationConfig changed = SerializationConfig.DEFAULT
                .withAllowedPackages(Set.of("com.acme.orders"))
                .withAllowedClasses(Set.of(Money.class))
                .withMaxPayloadBytes(4096);

        assertThat(changed).isEqualTo(new SerializationConfig(Set.of("com.acme.orders"), Set.of(Money.class), 4096));
        assertThat(SerializationConfig.DEFAULT).isEqualTo(new SerializationConfig(Set.of(), Set.of(), 1 << 20));
    }

    @Test
    void copiesTheSetsItIsGiven() {
        Set<String> packages = new HashSet<>(Set.of("com.acme.orders"));
        SerializationConfig config = SerializationConfig.DEFAULT.withAllowedPackages(packages);
        packages.add("com.acme.billing");

        assertThat(config.allowedPackages()).containsExactly("com.acme.orders");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "com", "com.acme.*", "com..acme", " com.acme", "com.acme.", "1com.acme", "java.util",
            "javax", "jdk.internal", "sun.misc", "com.sun.rowset"})
    void refusesAPackageThatIsNotAnApplicationPackageNamingTheSettingAndValue(String name) {
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedPackages(Set.of(name)))
                .isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("SerializationConfig.allowedPackages contains '" + name + "'");
    }

    @Test
    void refusesNullSetsAndNullElements() {
        Set<String> withNull = new HashSet<>(Collections.singleton(null));

        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedPackages(null))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("allowedPackages must not be null");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(null))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("allowedClasses must not be null");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedPackages(withNull))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("contains 'null'");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(new HashSet<>(Collections.singleton(null))))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("allowedClasses contains null");
    }

    @Test
    void refusesClassesThatCannotBeAllowedSayingWhy() {
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(Set.of(Money[].class)))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("list the element class");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(Set.of(List.class)))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("java.util.List: an interface or abstract class");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(Set.of(AbstractList.class)))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("list the concrete classes");
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withAllowedClasses(Set.of(PaymentDeclinedException.class)))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("exceptions cannot be serialized");
    }

    @Test
    void acceptsAnEnumWhoseConstantsHaveBodies() {
        assertThat(SerializationConfig.DEFAULT.withAllowedClasses(Set.of(OrderStatus.class)).allowedClasses())
                .containsExactly(OrderStatus.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 15, 256 * 1024 * 1024 + 1})
    void refusesAPayloadLimitOutOfRangeNamingTheSettingAndValue(int bytes) {
        assertThatThrownBy(() -> SerializationConfig.DEFAULT.withMaxPayloadBytes(bytes))
                .isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("SerializationConfig.maxPayloadBytes must be between 16 and 268435456, was " + bytes);
    }

    @Test
    void theSerializerRefusesANullConfigAndANullClassLoader() {
        assertThatThrownBy(() -> new KryoSerializer(null))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("SerializationConfig");
        assertThatThrownBy(() -> new KryoSerializer(SerializationConfig.DEFAULT, null))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("class loader");
    }
}
