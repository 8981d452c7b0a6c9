package io.github.litetcc.recovery;

import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.coordinator.Listeners;
import io.github.litetcc.coordinator.PhaseTwoDriver;
import io.github.litetcc.coordinator.PhaseTwoOutcome;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Recovery passes, in plain Java (a scheduler calls {@link #catchUp()} every interval, or {@link #runOnce()}). It takes the due records only;
 * a TRYING root record past its deadline plus grace is cancelled by the same compare-and-set the starter
 * uses, so a late starter loses cleanly; a decided record is claimed with a lease (so two nodes never drive
 * one record) and driven; an undecided nested record is flagged and left to its parent. Records are driven
 * concurrently with bounded parallelism; one bad record is isolated, logged with its xid and counted,
 * never lost or deleted.
 */
public final class TransactionRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRecovery.class);

    private final TransactionRepository repository;
    private final PhaseTwoDriver driver;
    private final RecoveryConfig config;
    private final String nodeId;
    private final Listeners listeners;
    private final ExecutorService pool;

    /** @param pool runs records in parallel; its size bounds the parallelism */
    public TransactionRecovery(TransactionRepository repository, PhaseTwoDriver driver, RecoveryConfig config, String nodeId,
                               Listeners listeners, ExecutorService pool) {
        this.repository = repository;
        this.driver = driver;
        this.config = config;
        this.nodeId = nodeId;
        this.listeners = listeners;
        this.pool = pool;
    }

    /**
     * Runs passes back to back while each finds a full batch of due records, for at most one recovery interval,
     * and reports them added up: a backlog (after a crash, say) drains at the speed of the store, not at one batch
     * per interval. Never throws for one record's failure.
     */
    public RecoveryReport catchUp() {
        long until = System.nanoTime() + config.interval().toNanos();
        RecoveryReport total = runOnce();
        RecoveryReport last = total;
        while (last.due() + last.corrupt() >= config.batchSize() && System.nanoTime() < until) {
            last = runOnce();
            total = total.plus(last);
        }
        return total;
    }

    /** Runs one pass over the records due now and reports what it did. Never throws for one record's failure. */
    public RecoveryReport runOnce() {
        DueRecords due = repository.findDue(config.batchSize());
        due.corrupt().forEach(this::reportCorrupt);
        List<CompletableFuture<RecordOutcome>> outcomes = new ArrayList<>();
        for (GlobalTransaction record : due.records()) {
            outcomes.add(CompletableFuture.supplyAsync(() -> recover(record), pool));
        }
        Map<RecordOutcome, Integer> counts = new EnumMap<>(RecordOutcome.class);
        outcomes.forEach(f -> counts.merge(f.join(), 1, Integer::sum));
        return new RecoveryReport(due.records().size(), count(counts, RecordOutcome.CONFIRMED), count(counts, RecordOutcome.CANCELLED),
                count(counts, RecordOutcome.RETRY_LATER), count(counts, RecordOutcome.LOST_RACE),
                count(counts, RecordOutcome.AWAITING_PARENT), due.corrupt().size(), count(counts, RecordOutcome.ERROR));
    }

    /** Recovers one record with its xid in the MDC, for every line logged on the way, its failure included. */
    private RecordOutcome recover(GlobalTransaction record) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(TransactionContextHolder.MDC_KEY, record.xid().toString())) {
            return recoverIsolated(record);
        }
    }

    private RecordOutcome recoverIsolated(GlobalTransaction record) {
        try {
            listeners.recoveryAttempted(record);
            return switch (record.status()) {
                case TRYING -> record.isRoot() ? claimAndDrive(record, TransactionStatus.CANCELLING) : flagAwaitingParent(record);
                case CONFIRMING, CANCELLING -> claimAndDrive(record, record.status());
                case PARKED_CONFIRMING, PARKED_CANCELLING, CONFIRMED, CANCELLED -> RecordOutcome.LOST_RACE;
            };
        } catch (RuntimeException e) {
            LOG.error("Recovery of transaction {} ({}) failed: {}; it stays in the log and is retried next pass",
                    record.key(), record.status(), e.toString(), e);
            return RecordOutcome.ERROR;
        }
    }

    /** Claims the record with a lease (for TRYING: the timeout move to CANCELLING) and drives its phase 2. */
    private RecordOutcome claimAndDrive(GlobalTransaction record, TransactionStatus status) {
        if (status != record.status()) {
            record.status().requireMoveTo(status, record.key());
        }
        int attempts = record.attempts() + 1;
        RecordUpdate claim = new RecordUpdate(status, attempts, config.lease(), nodeId, record.lastError());
        if (!repository.compareAndSet(record.key(), record.version(), claim)) {
            return RecordOutcome.LOST_RACE;
        }
        if (status != record.status()) {
            LOG.info("Transaction {} passed its deadline undecided: cancelling it", record.key());
            listeners.statusChanged(record.key(), record.status(), status);
        }
        GlobalTransaction claimed = new GlobalTransaction(record.key(), status, record.branches(), record.createdAt(),
                record.deadline(), attempts, record.nextAttemptAt(), nodeId, record.lastError(), record.version() + 1);
        PhaseTwoOutcome outcome = driver.drive(claimed);
        if (outcome.finished()) {
            return status == TransactionStatus.CONFIRMING ? RecordOutcome.CONFIRMED : RecordOutcome.CANCELLED;
        }
        return outcome.lost() ? RecordOutcome.LOST_RACE : RecordOutcome.RETRY_LATER;
    }

    /** An undecided nested record: only its parent's decision may move it. Count the attempt, back off, alert when stuck. */
    private RecordOutcome flagAwaitingParent(GlobalTransaction record) {
        int attempts = record.attempts() + 1;
        RecordUpdate update = new RecordUpdate(TransactionStatus.TRYING, attempts, config.backoffFor(attempts), null,
                "undecided past its deadline: awaiting the decision of parent branch " + record.key().owner());
        if (!repository.compareAndSet(record.key(), record.version(), update)) {
            return RecordOutcome.LOST_RACE;
        }
        if (attempts == config.alertAfter()) {
            LOG.error("Nested transaction record {} is stuck undecided after {} attempts; its parent never sent a decision."
                    + " An operator must look at it", record.key(), attempts);
            listeners.stuck(record);
        }
        return RecordOutcome.AWAITING_PARENT;
    }

    private void reportCorrupt(CorruptRecord corrupt) {
        LOG.error("Transaction record {} cannot be read: {}; it is kept, postponed and listed for operators", corrupt.key(), corrupt.problem());
        listeners.corruptRecord(corrupt);
        try {
            repository.postpone(corrupt.key(), config.backoffCap());
        } catch (RuntimeException e) {
            LOG.error("Could not postpone unreadable record {}: {}", corrupt.key(), e.toString());
        }
    }

    private static int count(Map<RecordOutcome, Integer> counts, RecordOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }
}
