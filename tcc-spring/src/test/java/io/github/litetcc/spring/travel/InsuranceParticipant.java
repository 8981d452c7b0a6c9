package io.github.litetcc.spring.travel;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;

/** Covers a guest; also called by the flight's confirm, where it must be a plain call. */
public class InsuranceParticipant {
    private final Ledger ledger;

    public InsuranceParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    @Tcc(confirm = "activate", cancel = "withdraw")
    public void cover(String guest) {
        ledger.record("cover " + guest);
    }

    public void activate(String guest) {
        ledger.record("activate " + guest);
    }

    public void withdraw(String guest) {
        ledger.record("withdraw " + guest);
    }
}
