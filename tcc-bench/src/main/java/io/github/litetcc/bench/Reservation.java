package io.github.litetcc.bench;

/** A participant's business method in the benchmarks. */
public interface Reservation {

    void reserve(String order, int quantity);
}
