package io.github.litetcc.bench;

/** The starter's business method in the benchmarks. */
public interface Checkout {

    void place(String order, int quantity);
}
