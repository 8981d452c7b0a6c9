package io.github.litetcc;

/**
 * The starter's body returned normally but a branch it enlisted never acknowledged its try (it threw
 * and the caller swallowed the exception, it timed out, or it is still running): the transaction was cancelled.
 */
public class UnacknowledgedBranchException extends TccException {
    private static final long serialVersionUID = 1L;

    public UnacknowledgedBranchException(String message) {
        super(message);
    }
}
