package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.SerializerFactory;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.CompatibleFieldSerializer;
import com.esotericsoftware.kryo.serializers.CompatibleFieldSerializer.CompatibleFieldSerializerConfig;
import com.esotericsoftware.kryo.serializers.DefaultArraySerializers.ObjectArraySerializer;
import com.esotericsoftware.kryo.serializers.MapSerializer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Kryo's serializers for plain classes, object arrays and the common collections, each with one
 * addition: the length prefix that sizes an allocation is checked against the bytes left first
 * (see {@link BoundedInput#requireLength}), so that a corrupt payload fails instead of exhausting memory.
 */
final class BoundedSerializers {
    private static final List<Class<?>> COLLECTIONS = List.of(ArrayList.class, LinkedList.class, ArrayDeque.class,
            HashSet.class, LinkedHashSet.class);
    private static final List<Class<?>> MAPS = List.of(HashMap.class, LinkedHashMap.class, ConcurrentHashMap.class);

    private BoundedSerializers() {
    }

    /** Registers the bounded serializers; plain classes get the compatible field serializer. */
    static void addTo(Kryo kryo) {
        kryo.setDefaultSerializer(factory((k, type) -> new CompatibleFields<>(k, type, compatibleFieldConfig())));
        kryo.addDefaultSerializer(Object[].class, factory(BoundedObjectArray::new));
        COLLECTIONS.forEach(type -> kryo.addDefaultSerializer(type, factory((k, t) -> new BoundedCollection())));
        MAPS.forEach(type -> kryo.addDefaultSerializer(type, factory((k, t) -> new BoundedMap())));
    }

    /** A factory that makes one serializer per class, as Kryo's own factories do. */
    static <S extends Serializer<?>> SerializerFactory<S> factory(BiFunction<Kryo, Class<?>, S> create) {
        return new SerializerFactory.BaseSerializerFactory<>() {
            @Override
            @SuppressWarnings("rawtypes")
            public S newSerializer(Kryo kryo, Class type) {
                return create.apply(kryo, type);
            }
        };
    }

    private static CompatibleFieldSerializerConfig compatibleFieldConfig() {
        CompatibleFieldSerializerConfig config = new CompatibleFieldSerializerConfig();
        config.setReadUnknownFieldData(true);
        config.setChunkedEncoding(false);
        return config;
    }

    /** Checks the length prefix at the current position (stored plus {@code offset}) and leaves the position unchanged. */
    private static void checkLengthPrefix(Input input, int offset) {
        int start = input.position();
        int length = input.readVarInt(true) - offset;
        if (length > 0) {
            BoundedInput.requireLength(input, length);
        }
        input.setPosition(start);
    }

    /** Fields by name: a record written before a field was added, or after one was removed, still reads. */
    static final class CompatibleFields<T> extends CompatibleFieldSerializer<T> {
        CompatibleFields(Kryo kryo, Class<?> type, CompatibleFieldSerializerConfig config) {
            super(kryo, type, config);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(Kryo kryo, Input input, Class<? extends T> type) {
            if (!kryo.getGraphContext().containsKey(this)) {
                checkLengthPrefix(input, 0);
            }
            return super.read(kryo, input, type);
        }
    }

    private static final class BoundedObjectArray extends ObjectArraySerializer {
        BoundedObjectArray(Kryo kryo, Class<?> type) {
            super(kryo, type);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object[] read(Kryo kryo, Input input, Class type) {
            checkLengthPrefix(input, 1);
            return super.read(kryo, input, type);
        }
    }

    private static final class BoundedCollection extends CollectionSerializer<Collection<Object>> {
        @Override
        protected Collection<Object> create(Kryo kryo, Input input, Class<? extends Collection<Object>> type, int size) {
            return super.create(kryo, input, type, BoundedInput.requireLength(input, size));
        }
    }

    private static final class BoundedMap extends MapSerializer<Map<Object, Object>> {
        @Override
        protected Map<Object, Object> create(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type, int size) {
            return super.create(kryo, input, type, BoundedInput.requireLength(input, size));
        }
    }
}
