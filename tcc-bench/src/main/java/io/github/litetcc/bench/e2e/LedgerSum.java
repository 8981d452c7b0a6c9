package io.github.litetcc.bench.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledgers of two participants JVMs read as one (the three-JVM topology: account in one, inventory in the
 * other): counters added up, records listed together. Each JVM counts only the calls that reached it.
 */
final class LedgerSum implements LedgerService {
    private final LedgerService first;
    private final LedgerService second;

    LedgerSum(LedgerService first, LedgerService second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public Map<String, Long> totals(boolean plain) {
        Map<String, Long> sum = new HashMap<>(first.totals(plain));
        second.totals(plain).forEach((name, value) -> sum.merge(name, value, Long::sum));
        return sum;
    }

    @Override
    public void reset() {
        first.reset();
        second.reset();
    }

    @Override
    public Map<String, String> orderStates() {
        throw new UnsupportedOperationException("Order states are read in the two-JVM topology only (the crash run)");
    }

    @Override
    public List<String> unfinishedRecords() {
        List<String> all = new ArrayList<>(first.unfinishedRecords());
        all.addAll(second.unfinishedRecords());
        return all;
    }
}
