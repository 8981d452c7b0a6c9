package io.github.litetcc.demo;

import java.math.BigDecimal;

/** Places orders: the starter of each transaction. */
public interface OrderService {

    void placeOrder(String orderId, String user, String sku, int quantity, BigDecimal amount);
}
