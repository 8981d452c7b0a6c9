package io.github.litetcc.test.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The business effects a test's participants applied, per participant: how many tries, confirms and
 * cancels took effect. Effects made inside a fenced phase are staged on the thread and take effect only
 * when that phase's local transaction commits ({@link #commitStaged()}), as a database would; a crash or
 * a failure before then discards them. Thread-safe.
 */
public final class Ledger {
    /** A kind of business effect. */
    public enum Effect { TRY, CONFIRM, CANCEL }

    private final Map<String, Map<Effect, AtomicInteger>> counts = new ConcurrentHashMap<>();
    private final ThreadLocal<Deque<List<String[]>>> staged = ThreadLocal.withInitial(ArrayDeque::new);

    /** Applies an effect now, or stages it if a local transaction is open on this thread. */
    public void apply(String participant, Effect effect) {
        List<String[]> pending = staged.get().peek();
        if (pending != null) {
            pending.add(new String[]{participant, effect.name()});
        } else {
            count(participant, effect).incrementAndGet();
        }
    }

    /** Opens a local transaction on this thread (nested ones are independent): effects are staged until commit. */
    public void begin() {
        staged.get().push(new ArrayList<>());
    }

    /** Commits the innermost open local transaction's effects. */
    public void commitStaged() {
        List<String[]> pending = staged.get().poll();
        if (pending != null) {
            pending.forEach(e -> count(e[0], Effect.valueOf(e[1])).incrementAndGet());
        }
    }

    /** Discards the innermost open local transaction's effects. */
    public void discardStaged() {
        staged.get().poll();
    }

    public int tries(String participant) {
        return count(participant, Effect.TRY).get();
    }

    public int confirms(String participant) {
        return count(participant, Effect.CONFIRM).get();
    }

    public int cancels(String participant) {
        return count(participant, Effect.CANCEL).get();
    }

    private AtomicInteger count(String participant, Effect effect) {
        return counts.computeIfAbsent(participant, p -> new ConcurrentHashMap<>()).computeIfAbsent(effect, e -> new AtomicInteger());
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
