package io.github.litetcc.bench.e2e;

import io.github.litetcc.model.Phase;

import java.util.Map;

/**
 * The business state of the participants: per participant, how many tries, confirms and cancels took effect, the
 * amount still held by tries and the amount applied by confirms. Thread-safe.
 */
interface Ledger {
    String ACCOUNT = "account";
    String INVENTORY = "inventory";

    /** Applies {@code phase} of {@code participant} for {@code order}. */
    void apply(String participant, Phase phase, String order, long amount);

    /** Counters named {@code <participant>.<counter>}: tried, confirmed, cancelled, held, applied (and anomalies). */
    Map<String, Long> totals();

    /** Per order: {@code "<account state>/<inventory state>"}; empty when the ledger does not keep orders. */
    Map<String, String> orderStates();

    void reset();
}
