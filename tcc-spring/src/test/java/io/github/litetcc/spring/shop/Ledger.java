package io.github.litetcc.spring.shop;

import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the participants did, in order, with the context each call ran in. Thread-safe. */
public class Ledger {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

    public void record(String what) {
        entries.add(new Entry(what, TransactionContextHolder.current().orElse(null), Thread.currentThread().getName()));
        CountDownLatch hold = holds.remove(what);
        if (hold != null) {
            awaitRelease(what, hold);
        }
    }

    /** Makes the call that records {@code what} wait, once, until {@code release} is counted down. */
    public void onRecord(String what, CountDownLatch release) {
        holds.put(what, release);
    }

    private static void awaitRelease(String what, CountDownLatch hold) {
        try {
            if (!hold.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("'" + what + "' was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding '" + what + "'", e);
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<String> actions() {
        return entries.stream().map(Entry::what).toList();
    }

    public Entry find(String what) {
        return entries.stream().filter(e -> e.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + what + "' in " + actions()));
    }

    public void clear() {
        entries.clear();
    }

    /** One call: what it was, its context (or null), and the thread that ran it. */
    public record Entry(String what, TransactionContext context, String thread) {
    }
}
