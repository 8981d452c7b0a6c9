package io.github.litetcc.scenario;

/** A participant's business interface in the scenarios: reserve something for an order. */
public interface Reservation {

    void reserve(String order);
}
