package io.github.litetcc.spring.shop;

import io.github.litetcc.annotation.Tcc;

/** Awards loyalty points; called by the payment's try, so it is a nested local participant. */
public class PointsParticipant {
    private final Ledger ledger;

    public PointsParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    @Tcc(confirm = "grant", cancel = "revoke")
    public void award(String account, int points) {
        ledger.record("award " + account);
    }

    public void grant(String account, int points) {
        ledger.record("grant " + account);
    }

    public void revoke(String account, int points) {
        ledger.record("revoke " + account);
    }
}
