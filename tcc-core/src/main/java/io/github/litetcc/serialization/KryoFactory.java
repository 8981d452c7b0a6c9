package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.URISerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.UUIDSerializer;
import com.esotericsoftware.kryo.serializers.EnumNameSerializer;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import com.esotericsoftware.kryo.util.MapReferenceResolver;
import org.objenesis.strategy.StdInstantiatorStrategy;

import java.net.URI;
import java.util.UUID;

/**
 * Makes the Kryo instances that {@link KryoSerializer} pools: registration not required, the
 * allowlist in the class resolver, references on (shared objects and cycles read back as such),
 * generics optimisation off (the bytes do not depend on declared type parameters), a bounded
 * nesting depth, and the serializers that make the JDK types and upgrades work on Java 17.
 * Every setting here is part of the payload format: change one and {@link PayloadFormat#VERSION} must change.
 */
final class KryoFactory {
    /** Deepest nesting of objects written or read; deeper payloads fail instead of overflowing the stack. */
    static final int MAX_DEPTH = 128;

    private final ClassAllowlist allowlist;
    private final ClassLoader classLoader;

    KryoFactory(ClassAllowlist allowlist, ClassLoader classLoader) {
        this.allowlist = allowlist;
        this.classLoader = classLoader;
    }

    Kryo create() {
        Kryo kryo = new Kryo(new AllowlistClassResolver(allowlist), new MapReferenceResolver());
        kryo.setRegistrationRequired(false);
        kryo.setWarnUnregisteredClasses(false);
        kryo.setReferences(true);
        kryo.setOptimizedGenerics(false);
        kryo.setMaxDepth(MAX_DEPTH);
        kryo.setClassLoader(classLoader);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        BoundedSerializers.addTo(kryo);
        addJdkSerializers(kryo);
        return kryo;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addJdkSerializers(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, BoundedSerializers.factory((k, type) -> new CompatibleRecordSerializer(type)));
        kryo.addDefaultSerializer(Enum.class, BoundedSerializers.factory((k, type) -> new EnumNameSerializer((Class) type)));
        kryo.addDefaultSerializer(UUID.class, new UUIDSerializer());
        kryo.addDefaultSerializer(URI.class, new URISerializer());
        JdkTypes.IMMUTABLE_LISTS.forEach(type -> kryo.addDefaultSerializer(type, ImmutableCollectionSerializer.forLists()));
        JdkTypes.IMMUTABLE_SETS.forEach(type -> kryo.addDefaultSerializer(type, ImmutableCollectionSerializer.forSets()));
        JdkTypes.IMMUTABLE_MAPS.forEach(type -> kryo.addDefaultSerializer(type, new ImmutableMapSerializer()));
        UnmodifiableViews.addTo(kryo);
    }
}
