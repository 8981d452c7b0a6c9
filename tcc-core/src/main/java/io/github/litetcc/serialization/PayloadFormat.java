package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.io.Output;
import io.github.litetcc.CorruptRecordException;

/**
 * The two header bytes of every payload: {@link #MAGIC}, then {@link #VERSION}. A payload with
 * another first byte, or another version, is refused before Kryo reads anything.
 */
final class PayloadFormat {
    /** Marks a payload of this serializer. */
    static final int MAGIC = 0xA1;
    /** The Kryo settings and serializers of {@link KryoFactory}, version 1. */
    static final int VERSION = 1;
    static final int HEADER_BYTES = 2;

    private PayloadFormat() {
    }

    static void writeHeader(Output output) {
        output.writeByte(MAGIC);
        output.writeByte(VERSION);
    }

    /** Throws {@link CorruptRecordException} unless {@code payload} starts with this format's header. */
    static void checkHeader(byte[] payload) {
        if (payload.length < HEADER_BYTES) {
            throw new CorruptRecordException("Serialized payload of " + payload.length
                    + " bytes is too short: it needs at least the " + HEADER_BYTES + "-byte header");
        }
        int magic = payload[0] & 0xFF;
        if (magic != MAGIC) {
            throw new CorruptRecordException("Not a serialized payload of this serializer: first byte 0x"
                    + Integer.toHexString(magic) + ", expected 0x" + Integer.toHexString(MAGIC));
        }
        int version = payload[1] & 0xFF;
        if (version != VERSION) {
            throw new CorruptRecordException("Unsupported serialization format version " + version
                    + " (this node reads version " + VERSION + ")");
        }
    }
}
