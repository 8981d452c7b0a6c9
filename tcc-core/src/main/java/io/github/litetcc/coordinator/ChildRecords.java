package io.github.litetcc.coordinator;

import io.github.litetcc.TccException;
import io.github.litetcc.TransientTccException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Settles a nested participant's own record of children when its phase 2 arrives: decides it in the direction
 * of that phase (B alone decides its children), claims it with a lease and drives it to the end; leaves a
 * tombstone when a cancel found neither a committed try nor a record. Returns normally only when the children
 * are done, so the participant acknowledges its phase 2 only then.
 */
final class ChildRecords {
    private static final int MAX_ROUNDS = 20;

    private final TransactionRepository repository;
    private final PhaseTwoDriver driver;
    private final Clock clock;
    private final String nodeId;
    private final Duration lease;
    private final Duration grace;

    ChildRecords(TransactionRepository repository, PhaseTwoDriver driver, Clock clock, String nodeId, Duration lease, Duration grace) {
        this.repository = repository;
        this.driver = driver;
        this.clock = clock;
        this.nodeId = nodeId;
        this.lease = lease;
        this.grace = grace;
    }

    /**
     * Brings the children record {@code key} to the end of {@code phase}, given what the participant's own fence
     * answered to that phase.
     *
     * @throws TransientTccException if they cannot be finished now (another node holds them, a child failed): retry later
     * @throws TccException if the record went the other way (a protocol violation for an operator)
     */
    void settle(TransactionKey key, Phase phase, FenceOutcome ownOutcome, Instant deadline) {
        TransactionStatus decided = TransactionStatus.driving(phase);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<GlobalTransaction> found = repository.find(key);
            if (found.isEmpty()) {
                if (phase == Phase.CANCEL && ownOutcome == FenceOutcome.EMPTY && !leaveTombstone(key, deadline)) {
                    continue;
                }
                return;
            }
            GlobalTransaction record = found.get();
            if (record.status() == TransactionStatus.finished(phase)) {
                return;
            }
            if (record.status().phase().filter(p -> p != phase).isPresent() || record.status().isTerminal()) {
                throw new TccException("Protocol violation: the children of branch " + key.owner() + " for xid " + key.xid()
                        + " are " + record.status() + " but its " + phase.name().toLowerCase() + " arrived; an operator must look at it");
            }
            if (record.status().isParked()) {
                throw new TransientTccException("The children of branch " + key.owner() + " for xid " + key.xid() + " are parked in "
                        + record.status() + "; an operator must resume them before this " + phase.name().toLowerCase() + " completes");
            }
            if (record.status() != TransactionStatus.TRYING && record.isLeasedAt(repository.now())) {
                throw new TransientTccException("The children of branch " + key.owner() + " for xid " + key.xid()
                        + " are being finished by node " + record.owner() + "; retry later");
            }
            Optional<GlobalTransaction> claimed = claim(record, decided);
            if (claimed.isPresent()) {
                drive(claimed.get());
                return;
            }
        }
        throw new TransientTccException("The children record " + key + " kept changing under its " + phase.name().toLowerCase()
                + " after " + MAX_ROUNDS + " rounds; retry later");
    }

    private boolean leaveTombstone(TransactionKey key, Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return repository.createTombstone(new Tombstone(key, (left.isNegative() ? Duration.ZERO : left).plus(grace)));
    }

    private Optional<GlobalTransaction> claim(GlobalTransaction record, TransactionStatus decided) {
        int attempts = record.attempts() + 1;
        if (!repository.compareAndSet(record.key(), record.version(), new RecordUpdate(decided, attempts, lease, nodeId, record.lastError()))) {
            return Optional.empty();
        }
        return Optional.of(new GlobalTransaction(record.key(), decided, record.branches(), record.createdAt(), record.deadline(),
                attempts, record.nextAttemptAt(), nodeId, record.lastError(), record.version() + 1));
    }

    private void drive(GlobalTransaction claimed) {
        PhaseTwoOutcome outcome = driver.drive(claimed);
        if (!outcome.finished()) {
            throw new TransientTccException("The children of branch " + claimed.key().owner() + " for xid " + claimed.xid()
                    + " are not all done yet" + (outcome.failure() == null ? "" : ": " + outcome.failure()) + "; retry later",
                    outcome.failure());
        }
    }
}
