package io.github.litetcc.demo.order;

import io.github.litetcc.demo.api.BusinessRuleException;

/**
 * A try of the order's transaction failed, so the transaction is cancelled and the order ends FAILED. Business
 * refusals (out of stock, insufficient balance) are told apart from technical ones (a service unreachable).
 */
public class OrderRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean business;

    private OrderRefusedException(String message, boolean business, Throwable cause) {
        super(message, cause);
        this.business = business;
    }

    /** The refusal of {@code orderId} caused by {@code failure}. */
    static OrderRefusedException of(String orderId, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleException) {
                return new OrderRefusedException(cause.getMessage(), true, failure);
            }
        }
        return new OrderRefusedException("order " + orderId + " could not be tried: " + failure, false, failure);
    }

    /** Whether a business rule refused the order (rather than a technical failure). */
    public boolean isBusiness() {
        return business;
    }
}
