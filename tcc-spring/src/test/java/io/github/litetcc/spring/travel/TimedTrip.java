package io.github.litetcc.spring.travel;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.test.MutableClock;

import java.time.Duration;

/** A starter with its own deadline, whose hotel booking takes longer than the deadline allows (on a test clock). */
public class TimedTrip {
    /** The deadline of {@link #go}. */
    public static final long TIMEOUT_MILLIS = 1000;
    private final Ledger ledger;
    private final HotelParticipant hotel;
    private final FlightParticipant flight;
    private final MutableClock clock;

    public TimedTrip(Ledger ledger, HotelParticipant hotel, FlightParticipant flight, MutableClock clock) {
        this.ledger = ledger;
        this.hotel = hotel;
        this.flight = flight;
        this.clock = clock;
    }

    @Tcc(timeoutMillis = TIMEOUT_MILLIS)
    public void go(String guest) {
        ledger.record("go " + guest);
        hotel.book(guest, 0);
        clock.advance(Duration.ofMillis(TIMEOUT_MILLIS * 2));
        flight.reserve(guest);
    }
}
