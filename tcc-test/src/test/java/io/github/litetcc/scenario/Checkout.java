package io.github.litetcc.scenario;

/** The starter's business interface in the scenarios. */
public interface Checkout {

    void place(String order);
}
