package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.Tcc;

/** The starter's own participant: the order row goes PAYING, then PAID on confirm or FAILED on cancel. */
public final class Orders implements OrderPlacement {
    private final String table;
    private volatile WalletService wallet;
    private volatile StockService stock;
    private volatile CourierService courier;

    Orders(String table) {
        this.table = table;
    }

    void peers(WalletService walletService, StockService stockService, CourierService courierService) {
        this.wallet = walletService;
        this.stock = stockService;
        this.courier = courierService;
    }

    /** Whether {@code peer} answers a plain call. */
    boolean reaches(String peer) {
        try {
            return "pong".equals(switch (peer) {
                case "wallet" -> wallet.ping();
                case "stock" -> stock.ping();
                default -> courier.ping();
            });
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    @Tcc(confirm = "paid", cancel = "failed")
    public void place(String orderId, String account, long amount, String sku, int quantity, String route) {
        Sql.update("INSERT INTO " + table + " (order_id, status) VALUES (?, 'PAYING')", orderId);
        wallet.freeze(orderId, account, amount);
        switch (route) {
            case "direct" -> stock.reserve(orderId, sku, quantity);
            case "nested" -> courier.book(orderId, sku, quantity, false);
            case "swallow" -> courier.book(orderId, sku, quantity, true);
            default -> throw new IllegalArgumentException("unknown route " + route);
        }
    }

    public void paid(String orderId, String account, long amount, String sku, int quantity, String route) {
        Sql.update("UPDATE " + table + " SET status = 'PAID' WHERE order_id = ?", orderId);
    }

    public void failed(String orderId, String account, long amount, String sku, int quantity, String route) {
        Sql.update("UPDATE " + table + " SET status = 'FAILED' WHERE order_id = ?", orderId);
    }
}
