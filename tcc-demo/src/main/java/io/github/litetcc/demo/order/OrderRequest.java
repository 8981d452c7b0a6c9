package io.github.litetcc.demo.order;

import io.github.litetcc.demo.api.Catalog;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /orders}: {@code {"orderId": "o-1", "customer": "alice", "sku": "apple", "quantity": 2}}.
 * The order id is optional (one is generated); everything else is required.
 */
public record OrderRequest(String orderId, String customer, String sku, Integer quantity) {
    /** The largest quantity one order may ask for. */
    public static final int MAX_QUANTITY = 1_000;
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * Checks the request against the catalog and prices it.
     *
     * @throws InvalidOrderException naming the field that is wrong
     */
    public ValidOrder validate() {
        String id = orderId == null ? "o-" + UUID.randomUUID() : orderId;
        require(ORDER_ID.matcher(id).matches(), "orderId must be 1 to 64 letters, digits, '-' or '_', was '" + id + "'");
        require(Catalog.isCustomer(customer), "unknown customer '" + customer + "'; known: " + sorted(Catalog.CUSTOMERS.keySet()));
        Catalog.Product product = Catalog.product(sku).orElseThrow(() -> new InvalidOrderException(
                "unknown product '" + sku + "'; known: " + sorted(Catalog.PRODUCTS.keySet())));
        require(quantity != null, "quantity is required");
        require(quantity > 0 && quantity <= MAX_QUANTITY, "quantity must be between 1 and " + MAX_QUANTITY + ", was " + quantity);
        long amount = product.priceCents() * quantity;
        return new ValidOrder(id, customer, product.sku(), quantity, amount, Catalog.pointsFor(amount));
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidOrderException(problem);
        }
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", new TreeSet<>(Objects.requireNonNull(names)));
    }
}
