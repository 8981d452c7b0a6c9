package io.github.litetcc.demo.order;

/** An order that passed validation, with its price and points worked out from the catalog. */
public record ValidOrder(String orderId, String customer, String sku, int quantity, long amountCents, long points) {
}
