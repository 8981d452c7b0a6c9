package io.github.litetcc.demo.order;

/** An order request that cannot be placed as sent (HTTP 400); nothing was written. */
public class InvalidOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(message);
    }
}
