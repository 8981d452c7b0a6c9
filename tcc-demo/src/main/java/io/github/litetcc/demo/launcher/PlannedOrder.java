package io.github.litetcc.demo.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One order the client places. {@link #nth} draws a mix from a fixed seed: mostly apples and pears for well-off
 * customers, some scarce vinyl (which runs out of stock) and some orders by eve (whose money runs out).
 */
record PlannedOrder(String orderId, String customer, String sku, int quantity) {
    private static final List<String> CUSTOMERS = List.of("alice", "bob", "carol", "dave");

    /** The {@code n}th order of run {@code runId}. */
    static PlannedOrder nth(String runId, int n) {
        SplittableRandom random = new SplittableRandom(n);
        String id = runId + "-" + n;
        int roll = random.nextInt(100);
        if (roll < 10) {
            return new PlannedOrder(id, CUSTOMERS.get(random.nextInt(CUSTOMERS.size())), "vinyl", 1 + random.nextInt(3));
        }
        if (roll < 20) {
            return new PlannedOrder(id, "eve", "apple", 2 + random.nextInt(4));
        }
        return new PlannedOrder(id, CUSTOMERS.get(random.nextInt(CUSTOMERS.size())), random.nextBoolean() ? "apple" : "pear",
                1 + random.nextInt(5));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("customer", customer);
        body.put("sku", sku);
        body.put("quantity", quantity);
        return body;
    }
}
