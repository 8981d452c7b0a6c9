package io.github.litetcc;

/** A confirm or cancel of one or more branches failed; the decision stands and recovery retries. */
public class PhaseFailedException extends TransientTccException {
    private static final long serialVersionUID = 1L;

    public PhaseFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
