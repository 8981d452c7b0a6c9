package io.github.litetcc.fence.memory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per key, like a database's row lock: calls for one key serialize, calls for different keys never
 * wait for each other. A key's lock exists only while some thread holds or waits for it.
 */
final class KeyedLocks<K> {
    private final Map<K, Entry> entries = new ConcurrentHashMap<>();

    /** Locks {@code key}, waiting at most {@code wait}; {@code false} if the wait ran out. */
    boolean tryLock(K key, Duration wait) throws InterruptedException {
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry joined = existing == null ? new Entry() : existing;
            joined.users++;
            return joined;
        });
        boolean locked = false;
        try {
            locked = entry.lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
            return locked;
        } finally {
            if (!locked) {
                leave(key);
            }
        }
    }

    /** Unlocks {@code key}, which the calling thread holds. */
    void unlock(K key) {
        entries.get(key).lock.unlock();
        leave(key);
    }

    private void leave(K key) {
        entries.computeIfPresent(key, (k, entry) -> --entry.users == 0 ? null : entry);
    }

    /** A lock and the number of threads holding or waiting for it; {@code users} changes only inside the map's atomic compute. */
    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }
}
