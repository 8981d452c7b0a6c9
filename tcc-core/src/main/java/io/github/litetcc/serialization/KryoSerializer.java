package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.util.Pool;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.spi.Serializer;

import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link Serializer}: Kryo 5, thread-safe, with pooled Kryo instances and buffers.
 *
 * <p>Every payload starts with a magic byte and a format version; a payload with other header bytes,
 * or bytes Kryo cannot read, throws {@link CorruptRecordException}. {@code null} round-trips.
 * Classes outside the {@link ClassAllowlist} are refused with
 * {@link io.github.litetcc.DisallowedClassException} on write and on read (a class name read from a
 * payload is checked before the class is loaded); a class named by a payload that does not exist
 * here is a {@link CorruptRecordException}. A value whose payload would exceed
 * {@link SerializationConfig#maxPayloadBytes()} is refused with {@link InvalidInputException}.
 *
 * <p>Rolling upgrades: a plain class is written field by field with its field names, a record
 * component by component with its component names, an enum by constant name. So a payload written
 * before a field or record component was added reads with the new class, and one written after it
 * was added reads with the old class (the extra value is read and dropped). On read, an added field
 * keeps what the class's no-argument constructor gives it (or {@code null}/zero without one); an
 * added record component is given {@code null}/zero, which the canonical constructor may replace
 * with a default (and if the constructor refuses it, the read fails with a
 * {@link CorruptRecordException} naming the missing components). Renaming a field, a component or
 * an enum constant, or changing a field's type, is not compatible. Kryo's own record serializer
 * writes components by position and cannot read a record written before a component was added.
 *
 * <p>Java 17 without {@code --add-opens}: the JDK types of the allowlist all have serializers that
 * need no access to JDK internals; anything Kryo cannot handle (exceptions, lambdas, proxies, JDK
 * classes without a serializer) is refused with a {@link io.github.litetcc.DisallowedClassException}
 * that says so.
 */
public final class KryoSerializer implements Serializer {
    private static final int POOL_CAPACITY = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

    private final SerializationConfig config;
    private final Pool<PooledKryo> pool;
    private final AtomicInteger instancesCreated = new AtomicInteger();

    /** A serializer for the JDK types only ({@link SerializationConfig#DEFAULT}). */
    public KryoSerializer() {
        this(SerializationConfig.DEFAULT);
    }

    /** A serializer that loads classes with the thread context class loader of the calling thread (or this library's). */
    public KryoSerializer(SerializationConfig config) {
        this(config, defaultClassLoader());
    }

    /** A serializer that loads the classes named by payloads with {@code classLoader}. */
    public KryoSerializer(SerializationConfig config, ClassLoader classLoader) {
        if (config == null) {
            throw new TccConfigurationException("KryoSerializer needs a SerializationConfig, was null");
        }
        if (classLoader == null) {
            throw new TccConfigurationException("KryoSerializer needs a class loader, was null");
        }
        this.config = config;
        KryoFactory factory = new KryoFactory(ClassAllowlist.from(config), classLoader);
        this.pool = new Pool<>(true, false, POOL_CAPACITY) {
            @Override
            protected PooledKryo create() {
                instancesCreated.incrementAndGet();
                return new PooledKryo(factory.create(), config.maxPayloadBytes());
            }
        };
    }

    @Override
    public byte[] serialize(Object value) {
        PooledKryo kryo = pool.obtain();
        byte[] payload;
        try {
            payload = kryo.write(value);
        } catch (RuntimeException e) {
            throw SerializationFailures.onWrite(e, value, config.maxPayloadBytes());
        }
        pool.free(kryo);
        return payload;
    }

    @Override
    public <T> T deserialize(byte[] bytes, Class<T> type) {
        if (bytes == null || type == null) {
            throw new InvalidInputException("Cannot deserialize: " + (bytes == null ? "bytes are" : "the expected type is") + " null");
        }
        PayloadFormat.checkHeader(bytes);
        PooledKryo kryo = pool.obtain();
        Object value;
        try {
            value = kryo.read(bytes);
        } catch (RuntimeException e) {
            throw SerializationFailures.onRead(e);
        }
        pool.free(kryo);
        return checkedCast(value, type);
    }

    /** How many Kryo instances this serializer has made: the pool keeps it near the number of concurrent callers. */
    int instancesCreated() {
        return instancesCreated.get();
    }

    @SuppressWarnings("unchecked")
    private static <T> T checkedCast(Object value, Class<T> type) {
        Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
        if (value != null && !boxed.isInstance(value)) {
            throw new CorruptRecordException("Serialized payload holds a " + value.getClass().getName()
                    + " where a " + type.getName() + " was expected");
        }
        return (T) value;
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : KryoSerializer.class.getClassLoader();
    }
}
