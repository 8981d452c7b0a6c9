package io.github.litetcc.spring.stock;

import io.github.litetcc.annotation.Tcc;

/** Starts orders that reserve stock. */
public class StockOrders {
    private final StockParticipant stock;

    public StockOrders(StockParticipant stock) {
        this.stock = stock;
    }

    @Tcc
    public void order(String sku, int quantity) {
        stock.reserve(sku, quantity);
    }
}
