package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

import java.util.Map;

/** Writes a {@code Map.of} map as its entries and rebuilds it with {@code Map.ofEntries} on read. */
final class ImmutableMapSerializer extends Serializer<Map<Object, Object>> {

    ImmutableMapSerializer() {
        super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output output, Map<Object, Object> map) {
        output.writeVarInt(map.size(), true);
        for (Map.Entry<Object, Object> entry : map.entrySet()) {
            kryo.writeClassAndObject(output, entry.getKey());
            kryo.writeClassAndObject(output, entry.getValue());
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<Object, Object> read(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type) {
        Map.Entry<Object, Object>[] entries = new Map.Entry[BoundedInput.requireLength(input, input.readVarInt(true))];
        for (int i = 0; i < entries.length; i++) {
            Object key = kryo.readClassAndObject(input);
            entries[i] = Map.entry(key, kryo.readClassAndObject(input));
        }
        return Map.ofEntries(entries);
    }
}
