package io.github.litetcc.bench.e2e;

import io.github.litetcc.model.Phase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The business state in memory, as an unfenced participant must keep it: per order, which phases took effect, so
 * that a duplicate is not applied twice, a cancel without a try does nothing, and a try after its cancel is refused.
 * Each such event is counted: {@code duplicates}, {@code emptyCancels}, {@code lateTries}, and {@code violations}
 * (a confirm without a try, a confirm after a cancel or a cancel after a confirm).
 */
final class MemoryLedger implements Ledger {
    private static final int TRIED = 1;
    private static final int CONFIRMED = 2;
    private static final int CANCELLED = 4;
    private static final String[] COUNTERS = {"tried", "confirmed", "cancelled", "held", "applied", "duplicates", "emptyCancels",
        "lateTries", "violations"};
    private final Map<String, Map<String, Integer>> orders = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public void apply(String participant, Phase phase, String order, long amount) {
        boolean[] refused = {false};
        orders.computeIfAbsent(participant, p -> new ConcurrentHashMap<>()).compute(order, (key, state) -> {
            int now = state == null ? 0 : state;
            int next = switch (phase) {
                case TRY -> tryStep(participant, now, amount, refused);
                case CONFIRM -> confirmStep(participant, now, amount);
                case CANCEL -> cancelStep(participant, now, amount);
            };
            return next == 0 ? null : next;
        });
        if (refused[0]) {
            throw new IllegalStateException("Try of " + participant + " for order " + order + " refused: it was already cancelled");
        }
    }

    private int tryStep(String participant, int state, long amount, boolean[] refused) {
        if ((state & CANCELLED) != 0) {
            add(participant, "lateTries", 1);
            refused[0] = true;
            return state;
        }
        if ((state & TRIED) != 0) {
            add(participant, "duplicates", 1);
            return state;
        }
        add(participant, "tried", 1);
        add(participant, "held", amount);
        return state | TRIED;
    }

    private int confirmStep(String participant, int state, long amount) {
        if ((state & CONFIRMED) != 0) {
            add(participant, "duplicates", 1);
            return state;
        }
        if ((state & TRIED) == 0 || (state & CANCELLED) != 0) {
            add(participant, "violations", 1);
            return state;
        }
        add(participant, "confirmed", 1);
        add(participant, "held", -amount);
        add(participant, "applied", amount);
        return state | CONFIRMED;
    }

    private int cancelStep(String participant, int state, long amount) {
        if ((state & CANCELLED) != 0) {
            add(participant, "duplicates", 1);
            return state;
        }
        if ((state & CONFIRMED) != 0) {
            add(participant, "violations", 1);
            return state;
        }
        if ((state & TRIED) == 0) {
            add(participant, "emptyCancels", 1);
            return state | CANCELLED;
        }
        add(participant, "cancelled", 1);
        add(participant, "held", -amount);
        return state | CANCELLED;
    }

    private void add(String participant, String counter, long delta) {
        counters.computeIfAbsent(participant + "." + counter, name -> new AtomicLong()).addAndGet(delta);
    }

    @Override
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String participant : new String[] {ACCOUNT, INVENTORY}) {
            for (String counter : COUNTERS) {
                AtomicLong value = counters.get(participant + "." + counter);
                out.put(participant + "." + counter, value == null ? 0 : value.get());
            }
        }
        return out;
    }

    @Override
    public Map<String, String> orderStates() {
        Map<String, String> out = new TreeMap<>();
        Map<String, Integer> accounts = orders.getOrDefault(ACCOUNT, Map.of());
        Map<String, Integer> stock = orders.getOrDefault(INVENTORY, Map.of());
        accounts.keySet().forEach(order -> out.put(order, name(accounts.get(order)) + "/" + name(stock.get(order))));
        stock.keySet().forEach(order -> out.putIfAbsent(order, name(null) + "/" + name(stock.get(order))));
        return out;
    }

    /** A state's name: none, tried, confirmed, cancelled (a cancel without a try reads as cancelled). */
    private static String name(Integer state) {
        if (state == null) {
            return "none";
        }
        if ((state & CONFIRMED) != 0) {
            return "confirmed";
        }
        return (state & CANCELLED) != 0 ? "cancelled" : "tried";
    }

    @Override
    public void reset() {
        orders.clear();
        counters.clear();
    }
}
