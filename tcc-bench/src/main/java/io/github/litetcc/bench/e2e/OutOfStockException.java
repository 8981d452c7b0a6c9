package io.github.litetcc.bench.e2e;

/** The inventory's try refusing an order: the rollback scenario's failing second try, declared so Dubbo passes it on as is. */
public class OutOfStockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutOfStockException(String message) {
        super(message);
    }
}
