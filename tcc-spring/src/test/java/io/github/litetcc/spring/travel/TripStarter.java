package io.github.litetcc.spring.travel;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;

/** Starts trips: a starter with no phase 2 of its own. */
public class TripStarter {
    private final Ledger ledger;
    private final HotelParticipant hotel;
    private final FlightParticipant flight;
    private final InsuranceParticipant insurance;

    public TripStarter(Ledger ledger, HotelParticipant hotel, FlightParticipant flight, InsuranceParticipant insurance) {
        this.ledger = ledger;
        this.hotel = hotel;
        this.flight = flight;
        this.insurance = insurance;
    }

    @Tcc
    public void plan(String guest, int handOverChars) {
        hotel.book(guest, handOverChars);
        flight.reserve(guest);
    }

    /** Tries the hotel, the flight and the insurance, then fails. */
    @Tcc
    public void planAndFail(String guest) {
        hotel.book(guest, 0);
        flight.reserve(guest);
        insurance.cover(guest);
        ledger.record("give up " + guest);
        throw new IllegalStateException("no visa for " + guest);
    }
}
