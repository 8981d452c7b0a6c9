package io.github.litetcc.bench.e2e;

import java.util.List;
import java.util.Map;

/** A plain Dubbo service of the participants JVM: its business counters, for the checks after a run. */
public interface LedgerService {

    /** Counters of the TCC participants ({@code plain = false}) or of the baselines' plain calls. */
    Map<String, Long> totals(boolean plain);

    /** Zeroes every counter and forgets every order. */
    void reset();

    /** Per order seen by the TCC participants: {@code "<account state>/<inventory state>"}; empty when the ledger keeps no orders. */
    Map<String, String> orderStates();

    /** Records of the participants' own log left unfinished that hold branches (tombstones excluded). */
    List<String> unfinishedRecords();
}
