package io.github.litetcc.serialization;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.DisallowedClassException;
import io.github.litetcc.serialization.fixtures.Holder;
import io.github.litetcc.serialization.fixtures.Money;
import io.github.litetcc.serialization.fixtures.PaymentDeclinedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KryoSerializerAllowlistTest {
    private final KryoSerializer jdkOnly = new KryoSerializer();
    private final KryoSerializer application = Serializers.application();

    @Test
    void refusesToWriteAJdkClassOutsideTheAllowlistNamingTheSettingThatAllowsIt() {
        assertThatThrownBy(() -> jdkOnly.serialize(new StringBuilder("x")))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining("java.lang.StringBuilder")
                .hasMessageContaining("SerializationConfig.allowedClasses")
                .hasMessageNotContaining("allowedPackages");
    }

    @Test
    void refusesToWriteAnApplicationClassWhosePackageIsNotAllowed() {
        Money money = new Money(BigDecimal.ONE, Currency.getInstance("EUR"));

        assertThatThrownBy(() -> jdkOnly.serialize(List.of(money)))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining(Money.class.getName())
                .hasMessageContaining("its package " + Serializers.FIXTURES + " to SerializationConfig.allowedPackages");
    }

    @Test
    void refusesToWriteADisallowedClassNestedInAnAllowedOne() {
        assertThatThrownBy(() -> application.serialize(new Object[]{"ok", new Holder(new CopyOnWriteArrayList<>())}))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining(CopyOnWriteArrayList.class.getName());
    }

    @Test
    void refusesToWriteAnArrayOfADisallowedClass() {
        assertThatThrownBy(() -> jdkOnly.serialize(new StringBuilder[]{new StringBuilder()}))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining("an array of java.lang.StringBuilder");
    }

    @Test
    void allowsASingleClassListedInTheConfig() {
        KryoSerializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withAllowedClasses(Set.of(Money.class)));
        Money money = new Money(BigDecimal.ONE, Currency.getInstance("EUR"));

        assertThat(Serializers.roundTrip(serializer, money)).isEqualTo(money);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.ProcessBuilder", "javax.naming.InitialContext", "java.lang.Runtime",
            "[Ljava.lang.ProcessBuilder;", "com.example.Gadget"})
    void refusesToReadAPayloadNamingADisallowedClass(String className) {
        assertThatThrownBy(() -> application.deserialize(Payloads.namingClass(className), Object.class))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining(className)
                .hasMessageContaining("SerializationConfig.allowedClasses");
    }

    @Test
    void refusesToReadAClassThatOnlyTheWriterAllowed() {
        byte[] payload = application.serialize(new Object[]{"order-1", new Money(BigDecimal.ONE, Currency.getInstance("EUR"))});

        assertThatThrownBy(() -> jdkOnly.deserialize(payload, Object[].class))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining(Money.class.getName());
    }

    @Test
    void checksAClassNameBeforeLoadingTheClass() throws Exception {
        List<String> requested = new ArrayList<>();
        try (URLClassLoader recording = new URLClassLoader(new URL[0], getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                requested.add(name);
                return super.loadClass(name, resolve);
            }
        }) {
            KryoSerializer serializer = new KryoSerializer(SerializationConfig.DEFAULT, recording);

            assertThatThrownBy(() -> serializer.deserialize(Payloads.namingClass("java.lang.ProcessBuilder"), Object.class))
                    .isInstanceOf(DisallowedClassException.class);
            assertThat(requested).doesNotContain("java.lang.ProcessBuilder");
        }
    }

    @Test
    void aPayloadNamingAnAllowedClassThatDoesNotExistIsCorrupt() {
        String missing = Serializers.FIXTURES + ".RemovedLongAgo";

        assertThatThrownBy(() -> application.deserialize(Payloads.namingClass(missing), Object.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("cannot be loaded");
    }

    @Test
    void aPayloadNamingAMalformedClassIsCorrupt() {
        assertThatThrownBy(() -> application.deserialize(Payloads.namingClass("not a\u0001class"), Object.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("malformed class 'not a\\u0001class'");
    }

    @Test
    void refusesAnExceptionEvenInAnAllowedPackage() {
        assertThatThrownBy(() -> application.serialize(new Holder(new PaymentDeclinedException("no funds"))))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining(PaymentDeclinedException.class.getName())
                .hasMessageContaining("exceptions are not serializable");
    }

    @Test
    void refusesToReadAnExceptionClassEvenInAnAllowedPackage() {
        byte[] payload = Payloads.namingClass(PaymentDeclinedException.class.getName());

        assertThatThrownBy(() -> application.deserialize(payload, Object.class))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining("exceptions are not serializable");
    }

    @Test
    void refusesALambdaWithAClearMessage() {
        Runnable task = (Runnable & Serializable) () -> { };

        assertThatThrownBy(() -> application.serialize(task))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining("lambdas");
    }

    @Test
    void refusesAnAllowedJdkClassThatJava17KeepsClosedInsteadOfFailingWithInaccessibleObject() {
        KryoSerializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withAllowedClasses(Set.of(AtomicLong.class)));

        assertThatThrownBy(() -> serializer.serialize(new AtomicLong(5)))
                .isInstanceOf(DisallowedClassException.class)
                .hasMessageContaining("java.util.concurrent.atomic.AtomicLong cannot be serialized");
    }
}
