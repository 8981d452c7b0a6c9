package io.github.litetcc.scenario;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.test.fault.FaultInjector;
import io.github.litetcc.test.ledger.Ledger;

import java.util.List;
import java.util.function.Consumer;

/** The starter of the scenarios: its own branch (the order) first, then inventory and account. */
public class CheckoutStarter implements Checkout {
    private final Ledger ledger;
    private final FaultInjector injector;
    private final List<String> calls;
    private final Reservation inventory;
    private final Reservation account;
    volatile boolean swallowAccountFailure;
    /** Runs at the end of the body with the inventory proxy: a test's extra work there, or a failure after every try. */
    volatile Consumer<Reservation> afterTries = inventory -> { };

    public CheckoutStarter(Ledger ledger, FaultInjector injector, List<String> calls, Reservation inventory, Reservation account) {
        this.ledger = ledger;
        this.injector = injector;
        this.calls = calls;
        this.inventory = inventory;
        this.account = account;
    }

    @Override
    @Tcc(confirm = "confirmPlace", cancel = "cancelPlace")
    public void place(String order) {
        injector.step("try body order");
        ledger.apply("order", Ledger.Effect.TRY);
        calls.add("try order");
        inventory.reserve(order);
        try {
            account.reserve(order);
        } catch (RuntimeException e) {
            if (!swallowAccountFailure) {
                throw e;
            }
        }
        afterTries.accept(inventory);
    }

    public void confirmPlace(String order) {
        injector.step("confirm body order");
        ledger.apply("order", Ledger.Effect.CONFIRM);
        calls.add("confirm order");
    }

    public void cancelPlace(String order) {
        injector.step("cancel body order");
        ledger.apply("order", Ledger.Effect.CANCEL);
        calls.add("cancel order");
    }
}
