package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the JDK's immutable lists and sets ({@code List.of}, {@code Stream.toList}, {@code Set.of})
 * as their elements and rebuilds them on read. Unlike Kryo's own, it keeps the {@code null}
 * elements that {@code Stream.toList} allows, and the rebuilt collection is what later references
 * in the same payload resolve to.
 */
final class ImmutableCollectionSerializer extends Serializer<Collection<Object>> {
    private final Function<Object[], Collection<Object>> rebuild;

    private ImmutableCollectionSerializer(Function<Object[], Collection<Object>> rebuild) {
        super(false, true);
        this.rebuild = rebuild;
    }

    /** Rebuilds with {@code List.of}, or {@code Stream.toList} when an element is {@code null}. */
    static ImmutableCollectionSerializer forLists() {
        return new ImmutableCollectionSerializer(elements -> Arrays.stream(elements).anyMatch(Objects::isNull)
                ? Arrays.stream(elements).toList()
                : List.of(elements));
    }

    /** Rebuilds with {@code Set.of}. */
    static ImmutableCollectionSerializer forSets() {
        return new ImmutableCollectionSerializer(Set::of);
    }

    @Override
    public void write(Kryo kryo, Output output, Collection<Object> collection) {
        output.writeVarInt(collection.size(), true);
        for (Object element : collection) {
            kryo.writeClassAndObject(output, element);
        }
    }

    @Override
    public Collection<Object> read(Kryo kryo, Input input, Class<? extends Collection<Object>> type) {
        Object[] elements = new Object[BoundedInput.requireLength(input, input.readVarInt(true))];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = kryo.readClassAndObject(input);
        }
        return rebuild.apply(elements);
    }
}
