package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Serializers for {@code Collections.unmodifiableList/Set/Map/Collection}: Java 17 hides the wrapped
 * collection, so the elements are written and read back into a fresh collection of the same kind
 * (ArrayList or LinkedList, insertion-ordered set and map) behind a new unmodifiable view. The view
 * is referenced before its elements are read, so a view that contains itself reads back.
 */
final class UnmodifiableViews {
    /** The view classes these serializers handle. */
    static final Set<Class<?>> CLASSES = Set.of(Collections.unmodifiableList(new ArrayList<>()).getClass(),
            Collections.unmodifiableList(new LinkedList<>()).getClass(), Collections.unmodifiableSet(Set.of()).getClass(),
            Collections.unmodifiableCollection(List.of()).getClass(), Collections.unmodifiableMap(Map.of()).getClass());

    private UnmodifiableViews() {
    }

    @SuppressWarnings("unchecked")
    static void addTo(Kryo kryo) {
        kryo.addDefaultSerializer(Collections.unmodifiableList(new ArrayList<>()).getClass(),
                new CollectionView(ArrayList::new, backing -> Collections.unmodifiableList((List<Object>) backing)));
        kryo.addDefaultSerializer(Collections.unmodifiableList(new LinkedList<>()).getClass(),
                new CollectionView(LinkedList::new, backing -> Collections.unmodifiableList((List<Object>) backing)));
        kryo.addDefaultSerializer(Collections.unmodifiableSet(Set.of()).getClass(),
                new CollectionView(LinkedHashSet::new, backing -> Collections.unmodifiableSet((Set<Object>) backing)));
        kryo.addDefaultSerializer(Collections.unmodifiableCollection(List.of()).getClass(),
                new CollectionView(ArrayList::new, Collections::unmodifiableCollection));
        kryo.addDefaultSerializer(Collections.unmodifiableMap(Map.of()).getClass(), new MapView());
    }

    /** An unmodifiable collection view over a fresh backing collection. */
    private static final class CollectionView extends Serializer<Collection<Object>> {
        private final Supplier<Collection<Object>> backing;
        private final UnaryOperator<Collection<Object>> view;

        CollectionView(Supplier<Collection<Object>> backing, UnaryOperator<Collection<Object>> view) {
            super(false, true);
            this.backing = backing;
            this.view = view;
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
            int size = BoundedInput.requireLength(input, input.readVarInt(true));
            Collection<Object> elements = backing.get();
            Collection<Object> result = view.apply(elements);
            kryo.reference(result);
            for (int i = 0; i < size; i++) {
                elements.add(kryo.readClassAndObject(input));
            }
            return result;
        }
    }

    /** An unmodifiable map view over a fresh insertion-ordered map. */
    private static final class MapView extends Serializer<Map<Object, Object>> {

        MapView() {
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
        public Map<Object, Object> read(Kryo kryo, Input input, Class<? extends Map<Object, Object>> type) {
            int size = BoundedInput.requireLength(input, input.readVarInt(true));
            Map<Object, Object> entries = new LinkedHashMap<>();
            Map<Object, Object> result = Collections.unmodifiableMap(entries);
            kryo.reference(result);
            for (int i = 0; i < size; i++) {
                Object key = kryo.readClassAndObject(input);
                entries.put(key, kryo.readClassAndObject(input));
            }
            return result;
        }
    }
}
