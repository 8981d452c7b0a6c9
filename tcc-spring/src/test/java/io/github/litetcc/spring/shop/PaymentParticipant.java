package io.github.litetcc.spring.shop;

import io.github.litetcc.annotation.Tcc;

/** Freezes money and awards points through another participant: a class without an interface (CGLIB proxy). */
public class PaymentParticipant {
    private final Ledger ledger;
    private final PointsParticipant points;

    public PaymentParticipant(Ledger ledger, PointsParticipant points) {
        this.ledger = ledger;
        this.points = points;
    }

    @Tcc(confirm = "capture", cancel = "refund")
    public void pay(String account, int amount) {
        ledger.record("pay " + account);
        points.award(account, amount / 10);
        ledger.record("after award " + account);
    }

    public void capture(String account, int amount) {
        ledger.record("capture " + account);
    }

    public void refund(String account, int amount) {
        ledger.record("refund " + account);
    }
}
