package io.github.litetcc.spring.shop;

import io.github.litetcc.annotation.Tcc;

/** Starts the transactions: a starter with no phase 2 of its own. */
public class OrderStarter {
    private final Ledger ledger;
    private final Inventory inventory;
    private final PaymentParticipant payment;

    public OrderStarter(Ledger ledger, Inventory inventory, PaymentParticipant payment) {
        this.ledger = ledger;
        this.inventory = inventory;
        this.payment = payment;
    }

    @Tcc
    public String place(String sku, String account) {
        ledger.record("place");
        inventory.reserve(sku, 1);
        payment.pay(account, 100);
        ledger.record("placed");
        return "order of " + sku;
    }

    /** Catches the inventory's failure and carries on: the transaction must still cancel. */
    @Tcc
    public String placeIgnoringStockFailures(String sku, String account) {
        try {
            inventory.reserve(sku, 1);
        } catch (IllegalStateException e) {
            ledger.record("ignored " + e.getMessage());
        }
        payment.pay(account, 100);
        return "order of " + sku;
    }
}
