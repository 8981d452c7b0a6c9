package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Output;

/**
 * One pooled Kryo instance with its own output buffer and input, used by one thread at a time.
 * The output buffer grows up to the payload limit; one grown past {@link #RETAINED_BUFFER_BYTES}
 * is dropped after use so that the pool does not keep large buffers alive.
 */
final class PooledKryo {
    static final int INITIAL_BUFFER_BYTES = 4 * 1024;
    static final int RETAINED_BUFFER_BYTES = 64 * 1024;
    private static final byte[] NO_BYTES = new byte[0];

    private final Kryo kryo;
    private final int maxPayloadBytes;
    private final Output output;
    private final BoundedInput input = new BoundedInput();

    PooledKryo(Kryo kryo, int maxPayloadBytes) {
        this.kryo = kryo;
        this.maxPayloadBytes = maxPayloadBytes;
        this.output = new Output(Math.min(INITIAL_BUFFER_BYTES, maxPayloadBytes), maxPayloadBytes);
    }

    /** The header and {@code value}; throws Kryo's overflow exception past the payload limit. */
    byte[] write(Object value) {
        output.reset();
        PayloadFormat.writeHeader(output);
        kryo.writeClassAndObject(output, value);
        byte[] payload = output.toBytes();
        if (output.getBuffer().length > RETAINED_BUFFER_BYTES) {
            output.setBuffer(new byte[INITIAL_BUFFER_BYTES], maxPayloadBytes);
        }
        return payload;
    }

    /** The value after the (already checked) header; every byte of the payload must belong to it. */
    Object read(byte[] payload) {
        input.setBuffer(payload, PayloadFormat.HEADER_BYTES, payload.length - PayloadFormat.HEADER_BYTES);
        try {
            Object value = kryo.readClassAndObject(input);
            if (input.position() != payload.length) {
                throw new KryoException((payload.length - input.position()) + " bytes left over after the value");
            }
            return value;
        } finally {
            input.setBuffer(NO_BYTES);
        }
    }
}
