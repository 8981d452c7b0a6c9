package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.TransactionKey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the live starter (or a nested participant's try) knows of its record and nobody else does:
 * which branches it enlisted, which of them acknowledged their try, and the newest version its enlists
 * wrote. The version is published after the branch, so a reader that sees a version also sees every
 * branch enlisted up to it: that is what makes the version-guarded decision safe.
 */
final class ActiveTransaction {
    private final TransactionKey key;
    private final Instant deadline;
    private final Duration timeout;
    private final List<Branch> branches = new ArrayList<>();
    private final Set<BranchId> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<BranchId, AtomicInteger> childCounters = new ConcurrentHashMap<>();
    private final Object createLock = new Object();
    private volatile boolean created;
    private volatile long version;

    ActiveTransaction(TransactionKey key, Instant deadline, Duration timeout) {
        this.key = key;
        this.deadline = deadline;
        this.timeout = timeout;
    }

    TransactionKey key() {
        return key;
    }

    Instant deadline() {
        return deadline;
    }

    Duration timeout() {
        return timeout;
    }

    BranchId nextChildOf(BranchId parent) {
        return parent.child(childCounters.computeIfAbsent(parent, p -> new AtomicInteger()).incrementAndGet());
    }

    Object createLock() {
        return createLock;
    }

    boolean isCreated() {
        return created;
    }

    void markCreated() {
        created = true;
    }

    /** Records an enlist that the log accepted at {@code newVersion}. */
    void enlisted(Branch branch, long newVersion) {
        synchronized (branches) {
            branches.add(branch);
            if (newVersion > version) {
                version = newVersion;
            }
        }
    }

    /** Keeps the context a branch's try handed on, as the log now holds it, for the starter's own phase 2. */
    void attachTryContext(BranchId id, byte[] context) {
        synchronized (branches) {
            branches.replaceAll(branch -> branch.id().equals(id) ? branch.withTryContext(context) : branch);
        }
    }

    void acknowledge(BranchId id) {
        acknowledged.add(id);
    }

    long version() {
        return version;
    }

    boolean isEmpty() {
        synchronized (branches) {
            return branches.isEmpty();
        }
    }

    /** A consistent view: the version, and the branches enlisted up to it. */
    Snapshot snapshot() {
        synchronized (branches) {
            return new Snapshot(version, List.copyOf(branches));
        }
    }

    /** The first enlisted branch that has not acknowledged its try, if any. */
    java.util.Optional<Branch> firstUnacknowledged(List<Branch> enlisted) {
        return enlisted.stream().filter(b -> !acknowledged.contains(b.id())).findFirst();
    }

    record Snapshot(long version, List<Branch> branches) {
    }
}
