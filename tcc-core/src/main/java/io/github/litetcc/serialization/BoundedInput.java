package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;

/**
 * An {@link Input} over one whole payload that refuses a length prefix larger than the bytes left,
 * so that corrupt bytes fail at once instead of allocating a huge array or string first.
 * Every element of a string, array or collection takes at least one byte.
 */
final class BoundedInput extends Input {

    /** Throws {@link KryoException} when {@code length} elements cannot fit in what is left of {@code input}. */
    static int requireLength(Input input, int length) {
        int left = input.limit() - input.position();
        if (length < 0 || length > left) {
            throw new KryoException("Length prefix " + length + " exceeds the " + left + " bytes left in the payload");
        }
        return length;
    }

    @Override
    public String readString() {
        checkStringLength();
        return super.readString();
    }

    @Override
    public StringBuilder readStringBuilder() {
        checkStringLength();
        return super.readStringBuilder();
    }

    /** A UTF-8 string starts with its character count (plus one); an ASCII string has no length prefix. */
    private void checkStringLength() {
        if (readVarIntFlag()) {
            int start = position;
            int charCountPlusOne = readVarIntFlag(true);
            position = start;
            requireLength(this, charCountPlusOne - 1);
        }
    }

    @Override
    public byte[] readBytes(int length) {
        return super.readBytes(requireLength(this, length));
    }

    @Override
    public int[] readInts(int length) {
        return super.readInts(requireLength(this, length));
    }

    @Override
    public int[] readInts(int length, boolean optimizePositive) {
        return super.readInts(requireLength(this, length), optimizePositive);
    }

    @Override
    public long[] readLongs(int length) {
        return super.readLongs(requireLength(this, length));
    }

    @Override
    public long[] readLongs(int length, boolean optimizePositive) {
        return super.readLongs(requireLength(this, length), optimizePositive);
    }

    @Override
    public float[] readFloats(int length) {
        return super.readFloats(requireLength(this, length));
    }

    @Override
    public double[] readDoubles(int length) {
        return super.readDoubles(requireLength(this, length));
    }

    @Override
    public short[] readShorts(int length) {
        return super.readShorts(requireLength(this, length));
    }

    @Override
    public char[] readChars(int length) {
        return super.readChars(requireLength(this, length));
    }

    @Override
    public boolean[] readBooleans(int length) {
        return super.readBooleans(requireLength(this, length));
    }
}
