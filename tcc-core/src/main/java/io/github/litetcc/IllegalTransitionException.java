package io.github.litetcc;

/** A status change that the state machine does not allow; the message names the subject, from and to. */
public class IllegalTransitionException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
