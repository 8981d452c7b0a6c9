package io.github.litetcc.demo;

import java.io.PrintStream;
import java.math.BigDecimal;

/** Checks the demo's invariants: stock and money conserved, nothing left frozen, no order still paying, no transaction open. */
final class Invariants {
    private final PrintStream out;
    private boolean ok = true;

    Invariants(PrintStream out) {
        this.out = out;
    }

    boolean check(Shop start, Shop end, int openTransactions) {
        start.stock().forEach((sku, before) -> {
            Shop.Stock after = end.stock().get(sku);
            expect(after.total() == before.total(), "stock of " + sku + " conserved (" + before.total() + " = " + after.total() + ")");
            expect(after.frozen() == 0, "no " + sku + " left frozen");
        });
        start.balances().forEach((user, before) -> {
            Shop.Balance after = end.balances().get(user);
            expect(after.total().compareTo(before.total()) == 0, "money of " + user + " conserved");
            expect(after.frozen().signum() == 0, "no money of " + user + " left frozen");
        });
        long paid = end.orders().values().stream().filter(s -> s == Shop.OrderStatus.PAID).count();
        int sold = end.stock().values().stream().mapToInt(Shop.Stock::sold).sum();
        BigDecimal spent = end.balances().values().stream().map(Shop.Balance::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        expect(paid == 2 && sold == 5 && spent.compareTo(new BigDecimal("50.00")) == 0,
                "2 orders paid, 5 apples sold, 50.00 spent (" + paid + ", " + sold + ", " + spent + ")");
        expect(!end.orders().containsValue(Shop.OrderStatus.PAYING), "no order still paying");
        expect(openTransactions == 0, "no transaction left open (" + openTransactions + ")");
        return ok;
    }

    private void expect(boolean condition, String invariant) {
        out.println((condition ? "  ok    " : "  FAIL  ") + invariant);
        ok &= condition;
    }
}
