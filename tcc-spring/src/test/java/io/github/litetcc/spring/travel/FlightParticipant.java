package io.github.litetcc.spring.travel;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;

/** Reserves a seat; its confirm and cancel call the insurance's {@code @Tcc} method. */
public class FlightParticipant {
    private final Ledger ledger;
    private final InsuranceParticipant insurance;

    public FlightParticipant(Ledger ledger, InsuranceParticipant insurance) {
        this.ledger = ledger;
        this.insurance = insurance;
    }

    @Tcc(confirm = "confirmSeat", cancel = "cancelSeat")
    public void reserve(String guest) {
        ledger.record("reserve " + guest);
    }

    public void confirmSeat(String guest) {
        ledger.record("confirm seat " + guest);
        insurance.cover(guest + " in confirm");
    }

    public void cancelSeat(String guest) {
        ledger.record("cancel seat " + guest);
        insurance.cover(guest + " in cancel");
    }
}
