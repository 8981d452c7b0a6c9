package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.io.KryoBufferOverflowException;
import com.esotericsoftware.kryo.io.KryoBufferUnderflowException;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.TccException;

/**
 * Turns what Kryo throws into LiteTCC's exceptions. Kryo wraps what a nested serializer throws, so
 * a {@link TccException} raised inside (an allowlist refusal, a corrupt record) is dug out and
 * rethrown as it is.
 */
final class SerializationFailures {
    private static final int MAX_CAUSES = 32;

    private SerializationFailures() {
    }

    static TccException onWrite(RuntimeException failure, Object value, int maxPayloadBytes) {
        TccException raised = find(failure, TccException.class);
        if (raised != null) {
            return raised;
        }
        if (find(failure, KryoBufferOverflowException.class) != null) {
            return new InvalidInputException("Serialized " + describe(value) + " exceeds SerializationConfig.maxPayloadBytes ("
                    + maxPayloadBytes + " bytes): pass less data, or raise the limit", failure);
        }
        return new InvalidInputException("Cannot serialize " + describe(value) + ": " + failure.getMessage(), failure);
    }

    static TccException onRead(RuntimeException failure) {
        TccException raised = find(failure, TccException.class);
        if (raised != null) {
            return raised;
        }
        ClassNotFoundException missing = find(failure, ClassNotFoundException.class);
        if (missing != null) {
            return new CorruptRecordException("Serialized payload names class " + ClassNames.printable(missing.getMessage())
                    + ", which cannot be loaded here: renamed, removed, or missing from the class path", failure);
        }
        if (find(failure, KryoBufferUnderflowException.class) != null) {
            return new CorruptRecordException("Serialized payload is truncated: it ends inside the value", failure);
        }
        return new CorruptRecordException("Serialized payload cannot be read: " + failure.getMessage(), failure);
    }

    private static String describe(Object value) {
        return value instanceof Object[] array
                ? "an " + value.getClass().getSimpleName() + " of " + array.length + " elements"
                : "a " + value.getClass().getName();
    }

    /** The first {@code kind} in the cause chain (looked at up to {@link #MAX_CAUSES} deep), or {@code null}. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }
}
