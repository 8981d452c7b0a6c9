package io.github.litetcc.bench.e2e;

/** The branch of the recovery backlog run's transactions. */
public interface BacklogReservation {

    void reserve(String order);
}
