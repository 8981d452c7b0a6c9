package io.github.litetcc;

/** Input that is malformed: an xid or branch id that does not parse, a payload over its limit, a bad attachment. */
public class InvalidInputException extends TccUsageException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
