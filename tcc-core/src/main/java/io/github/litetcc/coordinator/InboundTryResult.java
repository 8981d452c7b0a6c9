package io.github.litetcc.coordinator;

import io.github.litetcc.spi.Serializer;

/**
 * What a remote participant's fence row keeps as its try result: the serialized pair of the value the try
 * returned and the value it handed on to its confirm and cancel (either may be {@code null}).
 */
final class InboundTryResult {

    private InboundTryResult() {
    }

    /** The value the try returned, or {@code null} when none was stored. */
    static Object value(Serializer serializer, byte[] stored) {
        return part(serializer, stored, 0);
    }

    /** The value the try handed on, or {@code null} when none was stored. */
    static Object handover(Serializer serializer, byte[] stored) {
        return part(serializer, stored, 1);
    }

    private static Object part(Serializer serializer, byte[] stored, int index) {
        if (stored == null || stored.length == 0) {
            return null;
        }
        Object[] pair = serializer.deserialize(stored, Object[].class);
        return pair.length > index ? pair[index] : null;
    }
}
