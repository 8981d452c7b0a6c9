package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.TccBranch;

/** A nested participant: booking a courier reserves the stock it will carry (its try calls the stock service). */
public interface CourierService {

    @TccBranch
    void book(String orderId, String sku, int quantity, boolean swallowStockFailure);

    /** A plain call, to see whether the service is reachable. */
    String ping();
}
