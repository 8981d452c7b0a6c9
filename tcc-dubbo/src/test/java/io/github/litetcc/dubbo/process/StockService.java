package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.TccBranch;

/** Stock: try moves units from available to frozen, confirm to sold, cancel back to available. */
public interface StockService {

    @TccBranch
    void reserve(String orderId, String sku, int quantity);

    /** A plain call, to see whether the service is reachable. */
    String ping();
}
