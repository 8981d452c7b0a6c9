package io.github.litetcc.demo;

import io.github.litetcc.annotation.Tcc;

import java.math.BigDecimal;

/**
 * The order service: the starter. Its try records the order as PAYING and calls the two participants;
 * its own confirm marks the order PAID, its cancel marks it FAILED.
 */
public class OrderStarter implements OrderService {
    private final Shop shop;
    private final InventoryService inventory;
    private final AccountService accounts;

    public OrderStarter(Shop shop, InventoryService inventory, AccountService accounts) {
        this.shop = shop;
        this.inventory = inventory;
        this.accounts = accounts;
    }

    @Override
    @Tcc(confirm = "markPaid", cancel = "markFailed")
    public void placeOrder(String orderId, String user, String sku, int quantity, BigDecimal amount) {
        shop.setOrder(orderId, Shop.OrderStatus.PAYING);
        inventory.reserve(orderId, sku, quantity);
        accounts.freeze(orderId, user, amount);
    }

    public void markPaid(String orderId, String user, String sku, int quantity, BigDecimal amount) {
        shop.setOrder(orderId, Shop.OrderStatus.PAID);
    }

    public void markFailed(String orderId, String user, String sku, int quantity, BigDecimal amount) {
        shop.setOrder(orderId, Shop.OrderStatus.FAILED);
    }
}
