package io.github.litetcc.demo;

/** Stock of the shop: a try freezes units for an order, confirm sells them, cancel returns them. */
public interface InventoryService {

    void reserve(String orderId, String sku, int quantity);
}
