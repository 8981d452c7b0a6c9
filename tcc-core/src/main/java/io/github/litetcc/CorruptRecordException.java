package io.github.litetcc;

/** A stored record or fence row that cannot be read: bad bytes, an unknown status code, a format version not understood. */
public class CorruptRecordException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public CorruptRecordException(String message) {
        super(message);
    }

    public CorruptRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
