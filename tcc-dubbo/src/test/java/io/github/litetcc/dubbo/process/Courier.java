package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.Tcc;

/** The nested participant: its try books a courier row and reserves the stock; its phase 2 settles the booking. */
public final class Courier implements CourierService {
    private final String table;
    private volatile StockService stock;

    Courier(String table) {
        this.table = table;
    }

    void stock(StockService service) {
        this.stock = service;
    }

    @Override
    @Tcc(confirm = "dispatch", cancel = "drop")
    public void book(String orderId, String sku, int quantity, boolean swallowStockFailure) {
        Sql.update("INSERT INTO " + table + " (order_id, status) VALUES (?, 'BOOKED')", orderId);
        try {
            stock.reserve(orderId, sku, quantity);
        } catch (RuntimeException e) {
            if (!swallowStockFailure) {
                throw e;
            }
        }
    }

    public void dispatch(String orderId, String sku, int quantity, boolean swallowStockFailure) {
        Sql.update("UPDATE " + table + " SET status = 'DISPATCHED' WHERE order_id = ? AND status = 'BOOKED'", orderId);
    }

    public void drop(String orderId, String sku, int quantity, boolean swallowStockFailure) {
        Sql.update("UPDATE " + table + " SET status = 'DROPPED' WHERE order_id = ? AND status = 'BOOKED'", orderId);
    }

    @Override
    public String ping() {
        return "pong";
    }
}
