package io.github.litetcc.demo;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.fence.memory.InMemoryFence;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionQuery;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The order-payment demo, in one process on the core API and the in-memory log and fences: an order that
 * is paid, an order cancelled because the stock runs out, and an order whose confirm meets an outage and
 * is finished by an operator's retry and a recovery pass. It prints what happened to orders, stock and
 * balances and exits with status 1 if an invariant does not hold.
 */
public final class DemoApplication {
    private static final PrintStream OUT = System.out;

    private DemoApplication() {
    }

    public static void main(String[] args) {
        Shop shop = new Shop();
        shop.addStock("apple", 10);
        shop.addCustomer("alice", new BigDecimal("100.00"));
        Shop start = snapshotOf(shop);
        OutageSwitch outage = new OutageSwitch();
        try (LiteTcc tcc = LiteTcc.builder()
                .config(TccConfig.DEFAULT.withNodeId("demo").withPhaseTwo(PhaseTwoConfig.DEFAULT.withLease(Duration.ofMillis(200))))
                .repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.demo"))))
                .build()) {
            OrderService orders = wire(tcc, shop, outage);
            printStock("Before", shop);
            place(orders, "order-1", 2, "20.00", "alice buys 2 apples: enough stock and money");
            place(orders, "order-2", 50, "500.00", "alice buys 50 apples: out of stock");
            outage.failNextDebit();
            place(orders, "order-3", 3, "30.00", "alice buys 3 apples while the account service is down during confirm");
            recover(tcc);
            printStock("After", shop);
            boolean ok = checkInvariants(start, shop, tcc);
            OUT.println(ok ? "\nAll invariants hold." : "\nAN INVARIANT FAILED.");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    private static OrderService wire(LiteTcc tcc, Shop shop, OutageSwitch outage) {
        InventoryService inventory = tcc.proxy(InventoryService.class, new InventoryParticipant(shop), "inventory", new InMemoryFence());
        AccountService accounts = tcc.proxy(AccountService.class, new FlakyAccountParticipant(shop, outage), "account", new InMemoryFence());
        return tcc.proxy(OrderService.class, new OrderStarter(shop, inventory, accounts), "order", null);
    }

    private static void place(OrderService orders, String orderId, int quantity, String amount, String story) {
        OUT.printf("%n%s — %s%n", orderId, story);
        try {
            orders.placeOrder(orderId, "alice", "apple", quantity, new BigDecimal(amount));
            OUT.println("  placed: the transaction was confirmed");
        } catch (BusinessRuleException e) {
            OUT.println("  refused: " + e.getMessage() + " — every branch was cancelled");
        }
    }

    private static void recover(LiteTcc tcc) {
        List<GlobalTransaction> open = tcc.operations().list(TransactionQuery.unfinished(10)).items();
        OUT.printf("%nUnfinished transactions: %d%n", open.size());
        for (GlobalTransaction record : open) {
            OUT.printf("  %s %s after %d attempt(s), last error: %s%n", record.key(), record.status(), record.attempts(), record.lastError());
            OUT.println("  an operator retries it now");
            tcc.operations().retryNow(record.key().toString());
        }
        RecoveryReport report = tcc.recovery().runOnce();
        OUT.printf("Recovery pass: %d due, %d confirmed, %d cancelled, %d to retry later%n",
                report.due(), report.confirmed(), report.cancelled(), report.retryLater());
    }

    private static void printStock(String when, Shop shop) {
        OUT.printf("%n%s:%n", when);
        shop.stock().forEach((sku, s) -> OUT.printf("  stock %-6s available %3d  frozen %3d  sold %3d%n", sku, s.available(), s.frozen(), s.sold()));
        shop.balances().forEach((user, b) -> OUT.printf("  money %-6s available %7s  frozen %6s  spent %6s%n",
                user, b.available(), b.frozen(), b.spent()));
        shop.orders().forEach((id, status) -> OUT.printf("  %-8s %s%n", id, status));
    }

    private static Shop snapshotOf(Shop shop) {
        Shop copy = new Shop();
        shop.stock().forEach((sku, s) -> copy.addStock(sku, s.total()));
        shop.balances().forEach((user, b) -> copy.addCustomer(user, b.total()));
        return copy;
    }

    private static boolean checkInvariants(Shop start, Shop shop, LiteTcc tcc) {
        return new Invariants(OUT).check(start, shop, tcc.operations().list(TransactionQuery.unfinished(10)).items().size());
    }
}
