package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.Tcc;

/** The stock participant: a row per sku with units available, frozen and sold. */
public final class Stock implements StockService {
    private final String table;

    Stock(String table) {
        this.table = table;
    }

    @Override
    @Tcc(confirm = "sell", cancel = "release")
    public void reserve(String orderId, String sku, int quantity) {
        Hold.at("stock-try", orderId);
        if (Sql.update("UPDATE " + table + " SET available = available - ?, frozen = frozen + ? WHERE sku = ? AND available >= ?",
                quantity, quantity, sku, quantity) != 1) {
            throw new IllegalStateException("out of stock: " + sku);
        }
    }

    public void sell(String orderId, String sku, int quantity) {
        Sql.update("UPDATE " + table + " SET frozen = frozen - ?, sold = sold + ? WHERE sku = ?", quantity, quantity, sku);
        Hold.at("stock-confirm", orderId);
    }

    public void release(String orderId, String sku, int quantity) {
        Sql.update("UPDATE " + table + " SET frozen = frozen - ?, available = available + ? WHERE sku = ?", quantity, quantity, sku);
    }

    @Override
    public String ping() {
        return "pong";
    }
}
