package io.github.litetcc;

/** A compare-and-set lost: the record changed (version or status) since it was read. */
public class ConcurrentUpdateException extends TransientTccException {
    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
