package io.github.litetcc.repository.memory;

import io.github.litetcc.model.TransactionKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.UnaryOperator;

/**
 * The storage of the in-memory log: entries by key, a key-ordered index for listings and a due index
 * sorted by (due time, key). Every change of one key is atomic and serialized with the other changes
 * of that key; the indexes of a key change only inside its atomic update. Readers never block: they
 * validate what an index says against the entry itself and skip an entry that is changing under them.
 */
final class RecordTable {
    private final Map<TransactionKey, StoredRecord> entries = new ConcurrentHashMap<>();
    private final NavigableSet<TransactionKey> keys = new ConcurrentSkipListSet<>();
    private final NavigableSet<DueSlot> dueSlots = new ConcurrentSkipListSet<>();

    /** The entry of {@code key}, or {@code null}. */
    StoredRecord get(TransactionKey key) {
        return entries.get(key);
    }

    /**
     * Atomically replaces the entry of {@code key} by what {@code change} returns for the current one
     * ({@code null} when absent). Returning {@code null} removes the entry, returning the argument leaves it
     * as it is; if {@code change} throws, nothing changes.
     */
    void update(TransactionKey key, UnaryOperator<StoredRecord> change) {
        entries.compute(key, (k, old) -> {
            StoredRecord next = change.apply(old);
            if (next != old) {
                reindex(k, old, next);
            }
            return next;
        });
    }

    /** Up to {@code limit} entries due at {@code now}, by due time then key: walks the index from its head, so it costs O(entries returned). */
    List<Map.Entry<TransactionKey, StoredRecord>> due(Instant now, int limit) {
        List<Map.Entry<TransactionKey, StoredRecord>> due = new ArrayList<>(Math.min(limit, 64));
        for (DueSlot slot : dueSlots) {
            if (slot.at().isAfter(now) || due.size() == limit) {
                break;
            }
            StoredRecord entry = entries.get(slot.key());
            if (entry != null && slot.at().equals(entry.dueAt())) {
                due.add(Map.entry(slot.key(), entry));
            }
        }
        return due;
    }

    /** The keys after {@code after} (all of them for {@code null}), in key order; a live view. */
    Iterable<TransactionKey> keysAfter(TransactionKey after) {
        return after == null ? keys : keys.tailSet(after, false);
    }

    private void reindex(TransactionKey key, StoredRecord old, StoredRecord next) {
        Instant oldDue = old == null ? null : old.dueAt();
        Instant nextDue = next == null ? null : next.dueAt();
        if (oldDue != null && !oldDue.equals(nextDue)) {
            dueSlots.remove(new DueSlot(oldDue, key));
        }
        if (nextDue != null) {
            dueSlots.add(new DueSlot(nextDue, key));
        }
        if (next == null) {
            keys.remove(key);
        } else {
            keys.add(key);
        }
    }
}
