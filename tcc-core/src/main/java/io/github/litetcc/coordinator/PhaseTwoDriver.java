package io.github.litetcc.coordinator;

import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives phase 2 of a decided record whose lease the caller holds (the live starter, or recovery after
 * its claim): confirms every pending branch in parallel, or cancels them in reverse order, stopping at the
 * first failure. When all are done the record is finished in one write (for the live starter with background
 * finish, queued to a {@link FinishBatcher} that writes it behind the caller); otherwise the branches that
 * succeeded are recorded (so a re-drive skips them) and the lease is released with a backoff, or the
 * record is parked after the maximum attempts. Shared by the starter and recovery: one code path for both phases.
 * A finished record's duration, for listeners, is read on this node's clock: no round trip to the log per
 * transaction (for a record begun on another node it is off by the clocks' skew).
 */
public final class PhaseTwoDriver {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseTwoDriver.class);

    private final TransactionRepository repository;
    private final BranchInvokers invokers;
    private final Executor confirmExecutor;
    private final RecoveryConfig recovery;
    private final Listeners listeners;
    private final Clock clock;
    private final FinishBatcher finishing;

    public PhaseTwoDriver(TransactionRepository repository, BranchInvokers invokers, Executor confirmExecutor,
                          RecoveryConfig recovery, Listeners listeners, Clock clock) {
        this(repository, invokers, confirmExecutor, recovery, listeners, clock, null);
    }

    private PhaseTwoDriver(TransactionRepository repository, BranchInvokers invokers, Executor confirmExecutor,
                           RecoveryConfig recovery, Listeners listeners, Clock clock, FinishBatcher finishing) {
        this.repository = repository;
        this.clock = clock;
        this.invokers = invokers;
        this.confirmExecutor = confirmExecutor;
        this.recovery = recovery;
        this.listeners = listeners;
        this.finishing = finishing;
    }

    /** This driver, but handing each completed record's finish to {@code finishing} (written behind the caller). */
    PhaseTwoDriver finishingThrough(FinishBatcher finishing) {
        return new PhaseTwoDriver(repository, invokers, confirmExecutor, recovery, listeners, clock, finishing);
    }

    /** Drives {@code record} (at the version the caller's claim left) in the direction of its status. */
    public PhaseTwoOutcome drive(GlobalTransaction record) {
        Phase phase = record.status().phase()
                .orElseThrow(() -> new IllegalArgumentException("Record " + record.key() + " is " + record.status() + ": nothing to drive"));
        List<Branch> pending = record.pendingBranches();
        List<Result> results = phase == Phase.CONFIRM ? confirmAll(record, pending) : cancelInReverse(record, pending);
        Exception failure = results.stream().map(Result::failure).filter(f -> f != null).findFirst().orElse(null);
        if (failure == null && results.size() == pending.size()) {
            return finish(record, phase);
        }
        recordSuccesses(record.key(), phase, results);
        return PhaseTwoOutcome.failed(failure, !release(record, failure));
    }

    private PhaseTwoOutcome finish(GlobalTransaction record, Phase phase) {
        TransactionStatus terminal = TransactionStatus.finished(phase);
        if (finishing != null && finishing.offer(record, terminal)) {
            return PhaseTwoOutcome.done();
        }
        if (!repository.finish(record.key(), record.version(), terminal)) {
            LOG.warn("Transaction {} was taken over by another node before it could be finished; it finishes there", record.key());
            return PhaseTwoOutcome.lostRace();
        }
        listeners.finished(record, terminal, clock.instant());
        return PhaseTwoOutcome.done();
    }

    /**
     * Confirms every pending branch. Remote branches are confirmed in parallel (their cost is the network);
     * local ones run in the calling thread, where a hand-off to a pool would cost more than the work.
     */
    private List<Result> confirmAll(GlobalTransaction record, List<Branch> pending) {
        List<CompletableFuture<Result>> remote = new ArrayList<>();
        List<Branch> inline = new ArrayList<>();
        for (Branch branch : pending) {
            if (branch.kind() == BranchKind.REMOTE && remote.size() < pending.size() - 1) {
                remote.add(CompletableFuture.supplyAsync(() -> invoke(record, branch, Phase.CONFIRM), confirmExecutor));
            } else {
                inline.add(branch);
            }
        }
        List<Result> results = new ArrayList<>(pending.size());
        inline.forEach(branch -> results.add(invoke(record, branch, Phase.CONFIRM)));
        remote.forEach(future -> results.add(future.join()));
        return results;
    }

    private List<Result> cancelInReverse(GlobalTransaction record, List<Branch> pending) {
        List<Result> results = new ArrayList<>();
        for (int i = pending.size() - 1; i >= 0; i--) {
            Result result = invoke(record, pending.get(i), Phase.CANCEL);
            results.add(result);
            if (result.failure() != null) {
                break;
            }
        }
        return results;
    }

    private Result invoke(GlobalTransaction record, Branch branch, Phase phase) {
        try {
            invokers.invoke(record.key(), branch, phase, record.deadline());
            return new Result(branch, null);
        } catch (Exception e) {
            LOG.warn("{} of branch {} ({}) failed for xid {}: {}; recovery retries", capitalized(phase), branch.id(),
                    branch.participant(), record.xid(), e.toString());
            listeners.phaseFailed(record.key(), branch.id(), phase, e);
            return new Result(branch, e);
        }
    }

    private void recordSuccesses(TransactionKey key, Phase phase, List<Result> results) {
        for (Result result : results) {
            if (result.failure() == null) {
                repository.recordBranchStatus(key, result.branch().id(), phase.resultStatus());
            }
        }
    }

    /** Gives the record back with a backoff (or parks it); false if the lease was lost meanwhile. */
    private boolean release(GlobalTransaction record, Exception failure) {
        int attempts = record.attempts();
        boolean park = recovery.maxAttempts() > 0 && attempts >= recovery.maxAttempts();
        TransactionStatus status = park ? record.status().parked() : record.status();
        RecordUpdate update = new RecordUpdate(status, attempts, park ? null : backoff(attempts), null,
                failure == null ? null : failure.toString());
        if (!repository.compareAndSet(record.key(), record.version(), update)) {
            return false;
        }
        if (park) {
            LOG.error("Transaction {} parked in {} after {} attempts: {}; an operator must resume it", record.key(),
                    status, attempts, String.valueOf(failure));
            listeners.statusChanged(record.key(), record.status(), status);
            listeners.parked(record);
        } else if (attempts == recovery.alertAfter()) {
            LOG.error("Transaction {} is stuck in {} after {} attempts: {}; it keeps being retried and is listed for operators",
                    record.key(), record.status(), attempts, String.valueOf(failure));
            listeners.stuck(record);
        }
        return true;
    }

    private Duration backoff(int attempts) {
        Duration delay = recovery.backoffFor(attempts);
        long millis = delay.toMillis();
        long jitter = (long) (millis * recovery.jitter() * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(millis - jitter);
    }

    static String capitalized(Phase phase) {
        return phase == Phase.CONFIRM ? "Confirm" : "Cancel";
    }

    private record Result(Branch branch, Exception failure) {
    }
}
