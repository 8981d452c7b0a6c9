package io.github.litetcc.demo.order;

/** An order id that is taken already (HTTP 409); nothing was written. */
public class DuplicateOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateOrderException(String message) {
        super(message);
    }
}
