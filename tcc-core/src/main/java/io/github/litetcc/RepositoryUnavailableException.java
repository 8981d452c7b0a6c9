package io.github.litetcc;

/** The transaction log or the fence store could not be reached or failed; the operation may succeed later. */
public class RepositoryUnavailableException extends TransientTccException {
    private static final long serialVersionUID = 1L;

    public RepositoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
