package io.github.litetcc.spring.shop;

import io.github.litetcc.annotation.Tcc;

/** Reserves stock; fails the try for a sku starting with "missing". */
public class InventoryParticipant implements Inventory {
    private final Ledger ledger;

    public InventoryParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Tcc(confirm = "sell", cancel = "release")
    public void reserve(String sku, int quantity) {
        ledger.record("reserve " + sku);
        if (sku.startsWith("missing")) {
            throw new IllegalStateException("no stock of " + sku);
        }
    }

    public void sell(String sku, int quantity) {
        ledger.record("sell " + sku);
    }

    public void release(String sku, int quantity) {
        ledger.record("release " + sku);
    }
}
