package io.github.litetcc.demo;

import java.math.BigDecimal;

/** The account participant, whose debit (confirm) the demo can make fail once, as an outage would. */
public class FlakyAccountParticipant extends AccountParticipant {
    private final OutageSwitch outage;

    FlakyAccountParticipant(Shop shop, OutageSwitch outage) {
        super(shop);
        this.outage = outage;
    }

    @Override
    public void debit(String orderId, String user, BigDecimal amount) {
        outage.checkDebit();
        super.debit(orderId, user, amount);
    }
}
