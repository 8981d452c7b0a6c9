package io.github.litetcc.demo;

import io.github.litetcc.annotation.Tcc;

/** The inventory service's TCC methods: freeze, sell, return. */
public class InventoryParticipant implements InventoryService {
    private final Shop shop;

    public InventoryParticipant(Shop shop) {
        this.shop = shop;
    }

    @Override
    @Tcc(confirm = "sell", cancel = "release")
    public void reserve(String orderId, String sku, int quantity) {
        shop.freezeStock(sku, quantity);
    }

    public void sell(String orderId, String sku, int quantity) {
        shop.sellFrozen(sku, quantity);
    }

    public void release(String orderId, String sku, int quantity) {
        shop.releaseFrozen(sku, quantity);
    }
}
