package io.github.litetcc.serialization;

import io.github.litetcc.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KryoSerializerSizeLimitTest {

    @Test
    void refusesToWriteAValueWhosePayloadExceedsTheLimitNamingTheLimit() {
        KryoSerializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withMaxPayloadBytes(100));

        assertThatThrownBy(() -> serializer.serialize(new byte[200]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exceeds SerializationConfig.maxPayloadBytes (100 bytes)")
                .hasMessageContaining("a [B");
    }

    @Test
    void acceptsAPayloadOfExactlyTheLimitAndRefusesOneByteMore() {
        byte[] value = new byte[500];
        int size = new KryoSerializer().serialize(value).length;

        assertThat(new KryoSerializer(SerializationConfig.DEFAULT.withMaxPayloadBytes(size)).serialize(value)).hasSize(size);
        assertThatThrownBy(() -> new KryoSerializer(SerializationConfig.DEFAULT.withMaxPayloadBytes(size - 1)).serialize(value))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsWorkingAfterRefusingAnOversizedValue() {
        KryoSerializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withMaxPayloadBytes(1024));
        List<String> tooBig = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tooBig.add("element-" + i);
        }

        assertThatThrownBy(() -> serializer.serialize(tooBig)).isInstanceOf(InvalidInputException.class);
        assertThat(Serializers.roundTrip(serializer, List.of("small"))).containsExactly("small");
    }

    @Test
    void writesPayloadsLargerThanTheRetainedBufferAndThenSmallOnes() {
        KryoSerializer serializer = new KryoSerializer();
        String large = "x".repeat(PooledKryo.RETAINED_BUFFER_BYTES * 3);

        assertThat(Serializers.roundTrip(serializer, large)).isEqualTo(large);
        assertThat(Serializers.roundTrip(serializer, "small")).isEqualTo("small");
    }
}
