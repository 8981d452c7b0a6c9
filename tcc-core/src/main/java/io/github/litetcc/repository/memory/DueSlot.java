package io.github.litetcc.repository.memory;

import io.github.litetcc.model.TransactionKey;

import java.time.Instant;
import java.util.Comparator;

/** A position in the due index: records sort by when they are due, then by key. */
record DueSlot(Instant at, TransactionKey key) implements Comparable<DueSlot> {
    private static final Comparator<DueSlot> ORDER = Comparator.comparing(DueSlot::at).thenComparing(DueSlot::key);

    @Override
    public int compareTo(DueSlot other) {
        return ORDER.compare(this, other);
    }
}
