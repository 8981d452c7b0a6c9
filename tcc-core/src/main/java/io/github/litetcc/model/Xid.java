package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A global transaction id: 48 bits of Unix milliseconds followed by 80 random bits, printed as 32
 * lower-case hex digits. Time-ordered (ids sort by creation time to the millisecond) and unique
 * across nodes without coordination, like a UUIDv7. Immutable; {@link #parse} validates its input.
 */
public final class Xid implements Comparable<Xid> {
    /** Length of the printed form. */
    public static final int LENGTH = 32;
    private static final SecureRandom SEEDS = new SecureRandom();
    /** Per-thread generators, each seeded from the secure source once: no lock and no system call per id. */
    private static final ThreadLocal<SplittableRandom> RANDOM = ThreadLocal.withInitial(() -> new SplittableRandom(SEEDS.nextLong()));
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String value;

    private Xid(String value) {
        this.value = value;
    }

    /** A new xid for the given time. Thread-safe. */
    public static Xid generate(Instant now) {
        long millis = now.toEpochMilli();
        SplittableRandom random = RANDOM.get();
        long high = random.nextLong();
        int low = random.nextInt() & 0xffff;
        char[] out = new char[LENGTH];
        writeHex(out, 0, millis, 12);
        writeHex(out, 12, high, 16);
        writeHex(out, 28, low, 4);
        return new Xid(new String(out));
    }

    /** Parses a printed xid; throws {@link InvalidInputException} naming the input if it is not 32 hex digits. */
    public static Xid parse(String text) {
        if (text == null) {
            throw new InvalidInputException("Malformed xid: null (expected " + LENGTH + " lower-case hex digits)");
        }
        if (text.length() != LENGTH || !isLowerHex(text)) {
            throw new InvalidInputException("Malformed xid '" + abbreviate(text) + "': expected "
                    + LENGTH + " lower-case hex digits");
        }
        return new Xid(text);
    }

    /** The creation time encoded in the id. */
    public Instant timestamp() {
        return Instant.ofEpochMilli(Long.parseLong(value.substring(0, 12), 16));
    }

    @Override
    public int compareTo(Xid other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Xid xid && xid.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + " chars)";
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static void writeHex(char[] out, int offset, long bits, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[offset + i] = HEX[(int) (bits & 0xf)];
            bits >>>= 4;
        }
    }
}
