package io.github.litetcc;

/** A caller's or a configuration's mistake: bad input, an unknown transaction, an illegal action. Retrying cannot help. */
public class TccUsageException extends TccException {
    private static final long serialVersionUID = 1L;

    public TccUsageException(String message) {
        super(message);
    }

    public TccUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
