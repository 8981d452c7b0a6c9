package io.github.litetcc;

/**
 * The starter reached its decision too late: recovery had already moved the transaction to
 * CANCELLING because its deadline passed. Every branch is being cancelled.
 */
public class TransactionTimeoutException extends TccException {
    private static final long serialVersionUID = 1L;

    public TransactionTimeoutException(String message) {
        super(message);
    }
}
