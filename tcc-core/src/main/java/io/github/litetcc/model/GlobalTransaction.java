package io.github.litetcc.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A record of the transaction log, as read from a repository. Immutable.
 *
 * <p>{@code nextAttemptAt} is when the record is next due for recovery: for TRYING, deadline plus
 * grace (the starter's lease); for a decided record, the end of its owner's lease or of its backoff;
 * {@code null} for a parked record, which is never due. {@code owner} is the node holding the lease,
 * or {@code null}. Times are on the repository's clock.
 */
public record GlobalTransaction(TransactionKey key, TransactionStatus status, List<Branch> branches,
                                Instant createdAt, Instant deadline, int attempts, Instant nextAttemptAt,
                                String owner, String lastError, long version) {

    public GlobalTransaction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deadline, "deadline");
        branches = branches.stream().sorted(Comparator.comparing(Branch::id)).toList();
    }

    public Xid xid() {
        return key.xid();
    }

    public boolean isRoot() {
        return key.isRoot();
    }

    public Optional<Branch> findBranch(BranchId id) {
        return branches.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Branches whose phase 2 is not yet recorded as done. */
    public List<Branch> pendingBranches() {
        return branches.stream().filter(b -> !b.status().isDone()).toList();
    }

    /** Whether a node holds an unexpired lease on this record at {@code now}. */
    public boolean isLeasedAt(Instant now) {
        return owner != null && nextAttemptAt != null && nextAttemptAt.isAfter(now);
    }

    /** Whether recovery should act on this record at {@code now}. */
    public boolean isDueAt(Instant now) {
        return nextAttemptAt != null && !nextAttemptAt.isAfter(now) && !status.isTerminal();
    }

    @Override
    public String toString() {
        return "GlobalTransaction[" + key + " " + status + " v" + version + " attempts=" + attempts
                + " next=" + nextAttemptAt + " owner=" + owner + " branches=" + branches + "]";
    }
}
