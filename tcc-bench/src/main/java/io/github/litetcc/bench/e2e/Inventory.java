package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.model.Phase;

/** The inventory participant: try reserves stock (or throws, in the rollback scenario), confirm takes it, cancel releases it. */
public final class Inventory implements InventoryService {
    private final Ledger ledger;
    private final Ledger plain;

    Inventory(Ledger ledger, Ledger plain) {
        this.ledger = ledger;
        this.plain = plain;
    }

    @Override
    @Tcc(confirm = "confirm", cancel = "release")
    public void reserve(String order, long quantity, boolean fail) {
        if (fail) {
            throw new OutOfStockException("out of stock for order " + order);
        }
        ledger.apply(Ledger.INVENTORY, Phase.TRY, order, quantity);
    }

    public void confirm(String order, long quantity, boolean fail) {
        ledger.apply(Ledger.INVENTORY, Phase.CONFIRM, order, quantity);
    }

    public void release(String order, long quantity, boolean fail) {
        ledger.apply(Ledger.INVENTORY, Phase.CANCEL, order, quantity);
    }

    @Override
    public void reservePlain(String order, long quantity) {
        plain.apply(Ledger.INVENTORY, Phase.TRY, order, quantity);
    }

    @Override
    public void confirmPlain(String order, long quantity) {
        plain.apply(Ledger.INVENTORY, Phase.CONFIRM, order, quantity);
    }
}
