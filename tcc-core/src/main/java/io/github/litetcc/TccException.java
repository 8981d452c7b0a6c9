package io.github.litetcc;

/**
 * Root of every exception LiteTCC throws. Unchecked: callers decide where to handle it.
 * {@link TccUsageException} marks mistakes that retrying cannot fix; {@link TransientTccException}
 * marks failures that may succeed later.
 */
public class TccException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TccException(String message) {
        super(message);
    }

    public TccException(String message, Throwable cause) {
        super(message, cause);
    }
}
