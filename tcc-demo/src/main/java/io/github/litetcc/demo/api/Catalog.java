package io.github.litetcc.demo.api;

import java.util.Map;
import java.util.Optional;

/**
 * What the system starts from: the products (price in cents, initial stock) and the customers (initial balance
 * in cents). Each service seeds its own tables from it; the launcher checks conservation against it. One point
 * is earned per whole unit of currency paid.
 */
public final class Catalog {
    /** Products by sku. {@code vinyl} is scarce, so orders for it run out of stock. */
    public static final Map<String, Product> PRODUCTS = Map.of(
            "apple", new Product("apple", 120, 1_000_000),
            "pear", new Product("pear", 250, 1_000_000),
            "vinyl", new Product("vinyl", 2_500, 6));
    /** Initial balances by customer. {@code eve} has little money, so her orders soon meet an insufficient balance. */
    public static final Map<String, Long> CUSTOMERS = Map.of(
            "alice", 100_000_000L, "bob", 100_000_000L, "carol", 100_000_000L, "dave", 100_000_000L, "eve", 300L);

    private Catalog() {
    }

    public static Optional<Product> product(String sku) {
        return Optional.ofNullable(sku).map(PRODUCTS::get);
    }

    public static boolean isCustomer(String customer) {
        return customer != null && CUSTOMERS.containsKey(customer);
    }

    /** The points {@code amountCents} earns. */
    public static long pointsFor(long amountCents) {
        return amountCents / 100;
    }

    /** A product: its sku, its price in cents and the stock the inventory starts with. */
    public record Product(String sku, long priceCents, int initialStock) {
    }
}
