package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Makes the starter's decision durable by a compare-and-set on status and version. CONFIRMING only when
 * every enlisted branch acknowledged its try, at a version read no later than that check, so a branch
 * enlisted meanwhile (from another thread) forces a re-check; otherwise CANCELLING. A record recovery
 * already moved (the timeout path) is left to recovery.
 */
final class Decider {
    /** Re-checks after lost compare-and-sets before giving up and cancelling: enlists racing the decision are rare. */
    private static final int MAX_ROUNDS = 100;
    private final TransactionRepository repository;
    private final String nodeId;
    private final Duration lease;
    private final Listeners listeners;

    Decider(TransactionRepository repository, String nodeId, Duration lease, Listeners listeners) {
        this.repository = repository;
        this.nodeId = nodeId;
        this.lease = lease;
        this.listeners = listeners;
    }

    /** Confirms if every branch acknowledged, else cancels. */
    Decision decide(ActiveTransaction active) {
        ActiveTransaction.Snapshot snapshot = active.snapshot();
        long version = snapshot.version();
        List<Branch> branches = snapshot.branches();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<Branch> unacknowledged = active.firstUnacknowledged(branches);
            if (unacknowledged.isPresent()) {
                return cancelAt(active, version, branches, unacknowledged);
            }
            if (tryMove(active, version, TransactionStatus.CONFIRMING)) {
                return new Decision(Optional.of(decided(active, TransactionStatus.CONFIRMING, branches, version)), Optional.empty(), false);
            }
            Optional<GlobalTransaction> current = reload(active);
            if (current.isEmpty() || current.get().status() != TransactionStatus.TRYING) {
                return new Decision(Optional.empty(), Optional.empty(), true);
            }
            version = current.get().version();
            branches = current.get().branches();
        }
        return cancelAt(active, version, branches, branches.stream().reduce((first, second) -> second));
    }

    /** Cancels (the body failed). */
    Decision cancel(ActiveTransaction active) {
        ActiveTransaction.Snapshot snapshot = active.snapshot();
        return cancelAt(active, snapshot.version(), snapshot.branches(), Optional.empty());
    }

    private Decision cancelAt(ActiveTransaction active, long version, List<Branch> branches, Optional<Branch> cause) {
        while (!tryMove(active, version, TransactionStatus.CANCELLING)) {
            Optional<GlobalTransaction> current = reload(active);
            if (current.isEmpty() || current.get().status() != TransactionStatus.TRYING) {
                return new Decision(Optional.empty(), cause, true);
            }
            version = current.get().version();
            branches = current.get().branches();
        }
        return new Decision(Optional.of(decided(active, TransactionStatus.CANCELLING, branches, version)), cause, false);
    }

    private boolean tryMove(ActiveTransaction active, long version, TransactionStatus target) {
        TransactionStatus.TRYING.requireMoveTo(target, active.key());
        boolean moved = repository.compareAndSet(active.key(), version, new RecordUpdate(target, 1, lease, nodeId, null));
        if (moved) {
            listeners.statusChanged(active.key(), TransactionStatus.TRYING, target);
        }
        return moved;
    }

    /** The record as stored now; empty if recovery already finished it. */
    private Optional<GlobalTransaction> reload(ActiveTransaction active) {
        return repository.find(active.key());
    }

    private GlobalTransaction decided(ActiveTransaction active, TransactionStatus status, List<Branch> branches, long version) {
        return new GlobalTransaction(active.key(), status, branches, active.deadline().minus(active.timeout()), active.deadline(), 1,
                active.deadline().minus(active.timeout()).plus(lease), nodeId, null, version + 1);
    }
}
