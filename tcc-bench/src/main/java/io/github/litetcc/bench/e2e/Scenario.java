package io.github.litetcc.bench.e2e;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one client call does. {@code commit} and {@code rollback} (the inventory's try throws) go through LiteTCC;
 * the baselines make the same business calls over plain Dubbo: {@code plain-2} the two tries (what the business does
 * without TCC), {@code plain-4} tries and confirms (a hand-rolled two-phase). Each knows the counters a run of
 * {@code n} calls must leave, and when its phase 2 has drained.
 */
enum Scenario {
    PLAIN_2("plain-2"), PLAIN_4("plain-4"), COMMIT("commit"), ROLLBACK("rollback");

    private static final String[] ANOMALIES = {"duplicates", "lateTries", "violations"};
    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Scenario parse(String name) {
        for (Scenario scenario : values()) {
            if (scenario.label.equalsIgnoreCase(name.trim())) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("Unknown scenario '" + name + "': expected plain-2, plain-4, commit or rollback");
    }

    boolean transactional() {
        return this == COMMIT || this == ROLLBACK;
    }

    /** Whether every call is expected to fail (the client is told the order was rolled back). */
    boolean expectsFailure() {
        return this == ROLLBACK;
    }

    /** Places one order; returns normally when the client was told it succeeded. */
    void call(StarterNode node, String order) {
        switch (this) {
            case PLAIN_2 -> {
                node.account.freezePlain(order, Orders.AMOUNT);
                node.inventory.reservePlain(order, Orders.QUANTITY);
            }
            case PLAIN_4 -> {
                node.account.freezePlain(order, Orders.AMOUNT);
                node.inventory.reservePlain(order, Orders.QUANTITY);
                node.account.debitPlain(order, Orders.AMOUNT);
                node.inventory.confirmPlain(order, Orders.QUANTITY);
            }
            case COMMIT -> node.orders.place(order, false);
            case ROLLBACK -> node.orders.place(order, true);
        }
    }

    /** Whether the participants' counters show every phase 2 of {@code n} calls applied. */
    boolean drained(Map<String, Long> totals, long n) {
        return switch (this) {
            case PLAIN_2, PLAIN_4 -> true;
            case COMMIT -> totals.getOrDefault("account.confirmed", 0L) >= n && totals.getOrDefault("inventory.confirmed", 0L) >= n;
            case ROLLBACK -> totals.getOrDefault("account.cancelled", 0L) >= n;
        };
    }

    /** The counters {@code n} calls must leave; anomalies (duplicates, late tries, violations) must be zero. */
    Map<String, Long> expected(long n) {
        boolean confirms = this == PLAIN_4 || this == COMMIT;
        Map<String, Long> out = new LinkedHashMap<>();
        expect(out, Ledger.ACCOUNT, n, confirms ? n : 0, this == ROLLBACK ? n : 0, this == PLAIN_2 ? n * Orders.AMOUNT : 0,
                confirms ? n * Orders.AMOUNT : 0);
        long stock = this == ROLLBACK ? 0 : n;
        expect(out, Ledger.INVENTORY, stock, confirms ? n : 0, 0, this == PLAIN_2 ? n * Orders.QUANTITY : 0,
                confirms ? n * Orders.QUANTITY : 0);
        return out;
    }

    private static void expect(Map<String, Long> out, String participant, long tried, long confirmed, long cancelled, long held,
                               long applied) {
        out.put(participant + ".tried", tried);
        out.put(participant + ".confirmed", confirmed);
        out.put(participant + ".cancelled", cancelled);
        out.put(participant + ".held", held);
        out.put(participant + ".applied", applied);
        for (String anomaly : ANOMALIES) {
            out.put(participant + "." + anomaly, 0L);
        }
    }

    /** The differences between {@code totals} and what {@code n} calls must leave; empty when exact. */
    String mismatches(Map<String, Long> totals, long n) {
        StringBuilder out = new StringBuilder();
        expected(n).forEach((name, want) -> {
            Long got = totals.get(name);
            boolean anomaly = name.endsWith("duplicates") || name.endsWith("lateTries") || name.endsWith("violations");
            if (got == null ? !anomaly : got.longValue() != want) {
                out.append(out.length() == 0 ? "" : ";").append(name).append('=').append(got).append("(exp ").append(want).append(')');
            }
        });
        return out.toString();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
