package io.github.litetcc.demo;

import java.math.BigDecimal;

/** Customers' balances: a try freezes the amount of an order, confirm debits it, cancel releases it. */
public interface AccountService {

    void freeze(String orderId, String user, BigDecimal amount);
}
