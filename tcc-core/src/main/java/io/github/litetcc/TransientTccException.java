package io.github.litetcc;

/** A failure that may succeed when tried again: a store unreachable, a lost race, a phase-2 call that failed. */
public class TransientTccException extends TccException {
    private static final long serialVersionUID = 1L;

    public TransientTccException(String message) {
        super(message);
    }

    public TransientTccException(String message, Throwable cause) {
        super(message, cause);
    }
}
