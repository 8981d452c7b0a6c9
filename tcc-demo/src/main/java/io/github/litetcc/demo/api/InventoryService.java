package io.github.litetcc.demo.api;

import io.github.litetcc.annotation.TccBranch;

/** The inventory service: stock per product. */
public interface InventoryService {

    /**
     * Try: freezes {@code quantity} units of {@code sku} for {@code orderId} ({@code stock - n}, {@code frozen + n}).
     *
     * @throws BusinessRuleException if the stock is short (the order is cancelled)
     */
    @TccBranch
    void freeze(String orderId, String sku, int quantity) throws BusinessRuleException;
}
