package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.io.Output;

/** Hand-made payloads, as an attacker or a bit flip would make them. */
final class Payloads {

    private Payloads() {
    }

    /**
     * A payload with this format's header whose top-level value claims to be of class {@code className}
     * (Kryo's encoding of a class written by name: marker 1, name id 0, then the name), followed by
     * a reference marker for a new object and a zero that a serializer of that class might read.
     */
    static byte[] namingClass(String className) {
        return namingClass(className, 1, 0);
    }

    /** As {@link #namingClass(String)}, followed by these variable-length ints. */
    static byte[] namingClass(String className, int... varInts) {
        Output output = new Output(64, -1);
        PayloadFormat.writeHeader(output);
        output.writeVarInt(1, true);
        output.writeVarInt(0, true);
        output.writeString(className);
        for (int value : varInts) {
            output.writeVarInt(value, true);
        }
        return output.toBytes();
    }
}
