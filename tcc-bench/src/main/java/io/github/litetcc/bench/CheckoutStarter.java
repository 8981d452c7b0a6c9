package io.github.litetcc.bench;

import io.github.litetcc.annotation.Tcc;

/** The starter: calls two participants. Without phase 2 of its own, so the transaction has exactly two branches. */
public class CheckoutStarter implements Checkout {
    private final Reservation account;
    private final Reservation inventory;

    public CheckoutStarter(Reservation account, Reservation inventory) {
        this.account = account;
        this.inventory = inventory;
    }

    @Override
    @Tcc
    public void place(String order, int quantity) {
        account.reserve(order, quantity);
        inventory.reserve(order, quantity);
    }
}
