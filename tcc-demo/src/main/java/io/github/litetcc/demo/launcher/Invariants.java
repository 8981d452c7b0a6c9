package io.github.litetcc.demo.launcher;

import io.github.litetcc.demo.api.Catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The invariants of the order-payment system, checked on a {@link Snapshot} of the stopped services' databases
 * against the catalog they started from and what the client was told.
 */
final class Invariants {
    private final Snapshot data;
    private final List<Check> checks = new ArrayList<>();

    private Invariants(Snapshot data) {
        this.data = data;
    }

    /** Every check on {@code data}; {@code told} is the client's journal, {@code unfinished} the log's count at the end. */
    static List<Check> check(Snapshot data, Map<String, String> told, int unfinished) {
        Invariants invariants = new Invariants(data);
        invariants.ordersAreDecided(unfinished);
        invariants.clientWasToldTheTruth(told);
        invariants.stockIsConserved();
        invariants.moneyIsConserved();
        invariants.pointsFollowPaidOrders();
        invariants.eachOrderIsAllOrNothing();
        return invariants.checks;
    }

    private void ordersAreDecided(int unfinished) {
        long paying = data.orders().values().stream().filter(order -> order.status().equals("PAYING")).count();
        add("no order still PAYING", paying == 0, paying + " PAYING");
        long records = data.logRecords();
        add("no transaction left unfinished in the log", unfinished == 0 && records <= 0, unfinished + " unfinished (Actuator), "
                + (records == Snapshot.NOT_IN_DATABASE ? "the log is in Redis" : records + " records in the order database's log"));
        long tried = data.triedFenceRows().values().stream().mapToLong(Long::longValue).sum();
        add("no fence row left TRIED (every try got its confirm or cancel)", tried == 0, "TRIED rows by service: " + data.triedFenceRows());
    }

    private void clientWasToldTheTruth(Map<String, String> told) {
        List<String> wrong = new ArrayList<>();
        told.forEach((orderId, status) -> {
            Snapshot.OrderRow order = data.orders().get(orderId);
            String actual = order == null ? "absent" : order.status();
            if (!actual.equals(status)) {
                wrong.add(orderId + " told " + status + " but " + actual);
            }
        });
        add("every order the client was told PAID is PAID, told FAILED is FAILED", wrong.isEmpty(),
                told.size() + " answers checked" + (wrong.isEmpty() ? "" : "; wrong: " + first(wrong)));
    }

    private void stockIsConserved() {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> sold = paidSum(Snapshot.OrderRow::sku, order -> (long) order.quantity());
        Catalog.PRODUCTS.values().forEach(product -> {
            long[] row = data.stock().getOrDefault(product.sku(), new long[3]);
            if (row[0] + row[1] + row[2] != product.initialStock() || row[1] != 0 || row[2] != sold.getOrDefault(product.sku(), 0L)) {
                wrong.add(product.sku() + ": stock " + row[0] + " + frozen " + row[1] + " + sold " + row[2] + " (started "
                        + product.initialStock() + ", paid orders bought " + sold.getOrDefault(product.sku(), 0L) + ")");
            }
        });
        add("stock + frozen + sold conserved, nothing frozen, sold = paid quantities", wrong.isEmpty(), describe(wrong, data.stock()));
    }

    private void moneyIsConserved() {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> spent = paidSum(Snapshot.OrderRow::customer, Snapshot.OrderRow::amount);
        Catalog.CUSTOMERS.forEach((customer, initial) -> {
            long[] row = data.balances().getOrDefault(customer, new long[3]);
            if (row[0] + row[1] + row[2] != initial || row[1] != 0 || row[2] != spent.getOrDefault(customer, 0L)) {
                wrong.add(customer + ": available " + row[0] + " + frozen " + row[1] + " + spent " + row[2] + " (started " + initial
                        + ", paid orders cost " + spent.getOrDefault(customer, 0L) + ")");
            }
        });
        add("balances conserved, no money frozen, spent = paid amounts", wrong.isEmpty(), describe(wrong, data.balances()));
    }

    private void pointsFollowPaidOrders() {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> earned = paidSum(Snapshot.OrderRow::customer, Snapshot.OrderRow::points);
        Catalog.CUSTOMERS.keySet().forEach(customer -> {
            long[] row = data.points().getOrDefault(customer, new long[2]);
            if (row[0] != earned.getOrDefault(customer, 0L) || row[1] != 0) {
                wrong.add(customer + ": spendable " + row[0] + ", pending " + row[1] + " (paid orders earned " + earned.getOrDefault(customer, 0L) + ")");
            }
        });
        add("points spendable = points of paid orders, none pending", wrong.isEmpty(), describe(wrong, data.points()));
    }

    private void eachOrderIsAllOrNothing() {
        List<String> wrong = new ArrayList<>();
        data.orders().forEach((orderId, order) -> {
            boolean paid = order.status().equals("PAID");
            String stock = data.reservations().get(orderId);
            String money = data.freezes().get(orderId);
            String points = data.pointEntries().get(orderId);
            boolean consistent = paid ? "SOLD".equals(stock) && "DEBITED".equals(money) && "SPENDABLE".equals(points)
                    : !"SOLD".equals(stock) && !"DEBITED".equals(money) && !"SPENDABLE".equals(points);
            if (!consistent) {
                wrong.add(orderId + " " + order.status() + ": stock " + stock + ", money " + money + ", points " + points);
            }
        });
        add("all or nothing: a PAID order is sold, debited and credited; a FAILED one none of these", wrong.isEmpty(),
                data.orders().size() + " orders checked" + (wrong.isEmpty() ? "" : "; wrong: " + first(wrong)));
    }

    private Map<String, Long> paidSum(Function<Snapshot.OrderRow, String> key, Function<Snapshot.OrderRow, Long> value) {
        Map<String, Long> sums = new TreeMap<>();
        Predicate<Snapshot.OrderRow> paid = order -> order.status().equals("PAID");
        data.orders().values().stream().filter(paid).forEach(order -> sums.merge(key.apply(order), value.apply(order), Long::sum));
        return sums;
    }

    private void add(String invariant, boolean holds, String found) {
        checks.add(new Check(invariant, holds, found));
    }

    private static String describe(List<String> wrong, Map<String, long[]> rows) {
        return wrong.isEmpty() ? rows.size() + " rows checked" : "wrong: " + first(wrong);
    }

    private static String first(List<String> wrong) {
        return String.join("; ", wrong.subList(0, Math.min(3, wrong.size()))) + (wrong.size() > 3 ? " (+" + (wrong.size() - 3) + " more)" : "");
    }
}
