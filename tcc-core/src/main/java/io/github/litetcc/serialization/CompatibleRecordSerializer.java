package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.ObjectMap;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.DisallowedClassException;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Java record by component name, so that records survive a rolling upgrade.
 *
 * <p>The first time a record class occurs in a payload its component names are written; after that,
 * and for every later occurrence, only the values, each with its class. On read, values are matched
 * to the current components by name: a component the payload does not have (added since) gets
 * {@code null}, {@code false} or zero, which the canonical constructor may replace with a default;
 * a value whose component no longer exists (removed since) is read and dropped. Renaming a
 * component or changing its type is not compatible and fails as a {@link CorruptRecordException}.
 * Kryo's own {@code RecordSerializer} writes values by position and misreads such records.
 */
final class CompatibleRecordSerializer<T extends Record> extends Serializer<T> {
    private final Class<T> type;
    private final String[] names;
    private final Class<?>[] types;
    private final Class<?>[] boxedTypes;
    private final Object[] defaultValues;
    private final Method[] accessors;
    private final Constructor<T> constructor;
    private final Map<String, Integer> indexByName = new HashMap<>();

    CompatibleRecordSerializer(Class<T> type) {
        super(false, true);
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        defaultValues = Arrays.stream(types).map(t -> t.isPrimitive() ? Array.get(Array.newInstance(t, 1), 0) : null).toArray();
        boxedTypes = new Class<?>[types.length];
        Arrays.setAll(boxedTypes, i -> types[i].isPrimitive() ? defaultValues[i].getClass() : types[i]);
        accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        constructor = canonicalConstructor(type, types);
        for (int i = 0; i < names.length; i++) {
            indexByName.put(names[i], i);
            accessible(accessors[i]);
        }
    }

    @Override
    public void write(Kryo kryo, Output output, T record) {
        ObjectMap<Object, Object> context = graphContext(kryo);
        if (!context.containsKey(this)) {
            context.put(this, null);
            output.writeVarInt(names.length, true);
            for (String name : names) {
                output.writeString(name);
            }
        }
        for (Method accessor : accessors) {
            kryo.writeClassAndObject(output, invoke(accessor, record));
        }
    }

    @Override
    public T read(Kryo kryo, Input input, Class<? extends T> ignored) {
        ObjectMap<Object, Object> context = graphContext(kryo);
        StoredLayout layout = (StoredLayout) context.get(this);
        if (layout == null) {
            layout = readLayout(input);
            context.put(this, layout);
        }
        Object[] arguments = defaultValues.clone();
        for (int slot : layout.slots()) {
            Object value = kryo.readClassAndObject(input);
            if (slot >= 0) {
                arguments[slot] = checked(slot, value);
            }
        }
        return construct(arguments, layout);
    }

    /** Where each stored value goes ({@code -1}: a component removed since) and which components were missing. */
    private record StoredLayout(int[] slots, List<String> missing) {
    }

    private StoredLayout readLayout(Input input) {
        int[] slots = new int[BoundedInput.requireLength(input, input.readVarInt(true))];
        boolean[] present = new boolean[names.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = indexByName.getOrDefault(input.readString(), -1);
            if (slots[i] >= 0) {
                present[slots[i]] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!present[i]) {
                missing.add(names[i]);
            }
        }
        return new StoredLayout(slots, List.copyOf(missing));
    }

    private Object checked(int slot, Object value) {
        if (value == null ? types[slot].isPrimitive() : !boxedTypes[slot].isInstance(value)) {
            throw new CorruptRecordException("Component '" + names[slot] + "' of record " + type.getName() + " is a "
                    + types[slot].getName() + " but the payload holds " + (value == null ? "null" : "a " + value.getClass().getName())
                    + ": renaming a component or changing its type is not compatible");
        }
        return value;
    }

    private T construct(Object[] arguments, StoredLayout layout) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new CorruptRecordException("Record " + type.getName() + " refused the stored values"
                    + (layout.missing().isEmpty() ? "" : " (components missing from the payload, given null/zero: "
                    + layout.missing() + ")") + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new KryoException("Cannot construct record " + type.getName(), e);
        }
    }

    /** Kryo's per-payload scratch map, cleared after every payload. */
    @SuppressWarnings("unchecked")
    private static ObjectMap<Object, Object> graphContext(Kryo kryo) {
        return kryo.getGraphContext();
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            throw new KryoException("Accessor " + accessor + " threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new KryoException("Cannot call accessor " + accessor, e);
        }
    }

    private static <T> Constructor<T> canonicalConstructor(Class<T> type, Class<?>[] types) {
        try {
            return accessible(type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new KryoException("Record " + type.getName() + " has no canonical constructor", e);
        }
    }

    private static <A extends AccessibleObject> A accessible(A member) {
        if (!member.trySetAccessible()) {
            throw new DisallowedClassException(member + " is not accessible to the serializer: make the record public"
                    + " or open its package to this library");
        }
        return member;
    }
}
