package io.github.litetcc.demo.api;

/** A try refused for a business reason (out of stock, insufficient balance): the order is cancelled. */
public class BusinessRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }
}
