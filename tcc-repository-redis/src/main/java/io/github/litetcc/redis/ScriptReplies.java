package io.github.litetcc.redis;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds script arguments and reads script replies (with byte-array values: bulk strings, integers, nested arrays). */
public final class ScriptReplies {

    private ScriptReplies() {
    }

    /** Script arguments: byte arrays as they are, anything else as its UTF-8 text. */
    public static byte[][] args(Object... values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] instanceof byte[] bytes ? bytes : String.valueOf(values[i]).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    /** Keys of a script, as UTF-8 bytes. */
    public static byte[][] keys(String... keys) {
        return args((Object[]) keys);
    }

    /** A reply element as text (bulk string or integer). */
    public static String text(Object reply) {
        if (reply instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(reply);
    }

    /** A reply element that is an array. */
    public static List<?> list(Object reply) {
        if (reply instanceof List<?> list) {
            return list;
        }
        throw new IllegalStateException("Expected an array in a script reply, got " + text(reply));
    }

    /** A flat {@code [field, value, field, value, …]} array as a map from field name to raw value. */
    public static Map<String, byte[]> fields(List<?> flat) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(text(flat.get(i)), (byte[]) flat.get(i + 1));
        }
        return fields;
    }

    /** A map returned by {@code HGETALL} with byte-array keys, keyed by field name. */
    public static Map<String, byte[]> fields(Map<byte[], byte[]> hash) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        hash.forEach((field, value) -> fields.put(new String(field, StandardCharsets.UTF_8), value));
        return fields;
    }
}
