package io.github.litetcc.spi;

/**
 * Turns try arguments and try contexts into bytes for the log and the fence, and back.
 *
 * <p>Implementations are thread-safe. Every payload carries a format version, checked on read.
 * Deserialization obeys an allowlist: a class outside it is refused with a
 * {@link io.github.litetcc.DisallowedClassException} naming the class; bytes that cannot be read
 * throw {@link io.github.litetcc.CorruptRecordException}. Neither changes any state.
 */
public interface Serializer {

    /** Serializes {@code value} (may be {@code null}); throws {@link io.github.litetcc.DisallowedClassException} for a class outside the allowlist. */
    byte[] serialize(Object value);

    /** Reads back what {@link #serialize} wrote, checking that the result is a {@code type}. */
    <T> T deserialize(byte[] bytes, Class<T> type);
}
