package io.github.litetcc;

/** The transaction log holds no record for the given xid (or the record was already finished). */
public class NoSuchTransactionException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public NoSuchTransactionException(String message) {
        super(message);
    }
}
