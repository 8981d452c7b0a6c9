package io.github.litetcc.spring.shop;

import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the participants did, in order, with the context each call ran in. Thread-safe. */
public class Ledger {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public void record(String what) {
        entries.add(new Entry(what, TransactionContextHolder.current().orElse(null), Thread.currentThread().getName()));
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
