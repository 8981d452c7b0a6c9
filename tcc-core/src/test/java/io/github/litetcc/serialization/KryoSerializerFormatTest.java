package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.io.Output;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.DisallowedClassException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.serialization.fixtures.Customer;
import io.github.litetcc.serialization.fixtures.Money;
import io.github.litetcc.serialization.fixtures.OrderLine;
import io.github.litetcc.serialization.fixtures.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class KryoSerializerFormatTest {
    private final KryoSerializer serializer = Serializers.application();
    private final Money price = new Money(new BigDecimal("4.20"), Currency.getInstance("EUR"));
    private final Object[] tryArguments = {"order-9", 2, null, new OrderLine("SKU", 1, price, OrderStatus.NEW, List.of("a")),
            new Customer("Bo", 7, Map.of("k", new byte[]{1, 2})), new long[]{1, 2}, List.of(price, price)};

    @Test
    void everyPayloadStartsWithTheMagicByteAndTheFormatVersion() {
        assertThat(serializer.serialize(null)).startsWith((byte) 0xA1, (byte) 1);
        assertThat(serializer.serialize(tryArguments)).startsWith((byte) 0xA1, (byte) 1);
    }

    @Test
    void refusesAPayloadOfAnotherFormatVersion() {
        byte[] payload = serializer.serialize("x");
        payload[1] = 2;

        assertThatThrownBy(() -> serializer.deserialize(payload, String.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("Unsupported serialization format version 2 (this node reads version 1)");
    }

    @Test
    void refusesBytesThatDoNotStartWithTheMagicByte() {
        byte[] payload = serializer.serialize("x");
        payload[0] = (byte) 0xB1;

        assertThatThrownBy(() -> serializer.deserialize(payload, String.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("first byte 0xb1, expected 0xa1");
    }

    @Test
    void refusesAPayloadShorterThanTheHeader() {
        assertThatThrownBy(() -> serializer.deserialize(new byte[]{(byte) 0xA1}, Object.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> serializer.deserialize(new byte[0], Object.class))
                .isInstanceOf(CorruptRecordException.class);
    }

    @Test
    void everyTruncationOfAPayloadIsCorrupt() {
        byte[] payload = serializer.serialize(tryArguments);

        for (int length = 0; length < payload.length; length++) {
            byte[] truncated = Arrays.copyOf(payload, length);
            assertThatThrownBy(() -> serializer.deserialize(truncated, Object[].class))
                    .as("payload cut to %d of %d bytes", length, payload.length)
                    .isInstanceOf(CorruptRecordException.class);
        }
    }

    @Test
    void bytesLeftOverAfterTheValueAreCorrupt() {
        byte[] payload = Arrays.copyOf(serializer.serialize("x"), serializer.serialize("x").length + 1);

        assertThatThrownBy(() -> serializer.deserialize(payload, String.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("1 bytes left over");
    }

    @Test
    void garbageAfterAValidHeaderIsRefusedAsCorruptOrDisallowedAndNothingElse() {
        Random random = new Random(20261105L);
        for (int i = 0; i < 5_000; i++) {
            byte[] garbage = new byte[2 + random.nextInt(40)];
            random.nextBytes(garbage);
            PayloadFormat.writeHeader(new Output(garbage));

            Throwable thrown = catchThrowable(() -> serializer.deserialize(garbage, Object.class));

            if (thrown != null) {
                assertThat(thrown).as("payload %s", Arrays.toString(garbage))
                        .isInstanceOfAny(CorruptRecordException.class, DisallowedClassException.class);
            }
        }
    }

    @Test
    void aFlippedByteInARealPayloadIsRefusedAsCorruptOrDisallowedAndNothingElse() {
        byte[] payload = serializer.serialize(tryArguments);
        for (int position = 2; position < payload.length; position++) {
            for (int bit : new int[]{0, 7}) {
                byte[] flipped = payload.clone();
                flipped[position] ^= (byte) (1 << bit);

                Throwable thrown = catchThrowable(() -> serializer.deserialize(flipped, Object.class));

                if (thrown != null) {
                    assertThat(thrown).as("bit %d of byte %d", bit, position)
                            .isInstanceOfAny(CorruptRecordException.class, DisallowedClassException.class);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[B", "[J", "[Ljava.lang.Object;", "[Ljava.lang.String;", "java.util.ArrayList",
            "java.util.HashMap", "java.util.ImmutableCollections$ListN", "java.util.Collections$UnmodifiableRandomAccessList"})
    void aLengthPrefixBeyondTheEndOfThePayloadIsCorruptInsteadOfAnAllocation(String className) {
        byte[] payload = Payloads.namingClass(className, 1, Integer.MAX_VALUE);

        assertThatThrownBy(() -> serializer.deserialize(payload, Object.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("exceeds the 0 bytes left in the payload");
    }

    @Test
    void aValueOfAnotherTypeThanExpectedIsCorrupt() {
        byte[] payload = serializer.serialize("text");

        assertThatThrownBy(() -> serializer.deserialize(payload, Integer.class))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("holds a java.lang.String where a java.lang.Integer was expected");
    }

    @Test
    void refusesNullBytesAndANullType() {
        assertThatThrownBy(() -> serializer.deserialize(null, Object.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bytes are null");
        assertThatThrownBy(() -> serializer.deserialize(serializer.serialize("x"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected type is null");
    }

    @Test
    void refusesValuesNestedDeeperThanTheDepthLimit() {
        Object nested = "leaf";
        for (int i = 0; i < KryoFactory.MAX_DEPTH + 10; i++) {
            nested = List.of(nested);
        }
        Object tooDeep = nested;

        assertThatThrownBy(() -> serializer.serialize(tooDeep))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("depth");
    }
}
