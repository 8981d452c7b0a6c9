package io.github.litetcc.spi;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transaction log. Every method is one atomic operation (one round trip where the store allows)
 * and is thread-safe; implementations may be shared by many coordinators and recovery nodes.
 *
 * <p><b>Clock.</b> Every time a record holds is on the repository's own clock ({@link #now()}).
 * Writes take durations relative to it, so nodes whose clocks disagree still agree on leases and due times.
 *
 * <p><b>Versions.</b> A record starts at version 1. {@link #enlist} and {@link #compareAndSet} bump the
 * version by one; {@link #recordBranchStatus} and {@link #attachTryContext} do not (they are written by
 * the lease holder only and never race a decision).
 *
 * <p><b>Errors.</b> An unreachable or failing store throws {@link io.github.litetcc.RepositoryUnavailableException};
 * a record that cannot be read throws {@link io.github.litetcc.CorruptRecordException}; a guard that does not hold
 * throws {@link io.github.litetcc.ConcurrentUpdateException} or, for the {@code compareAndSet}-style methods, returns
 * {@code false}. A failed call changes nothing.
 */
public interface TransactionRepository {

    /** The repository's clock. */
    Instant now();

    /**
     * Begins a transaction with its first branch: a TRYING record at version 1.
     *
     * @return the new version (1)
     * @throws io.github.litetcc.ConcurrentUpdateException if a record with the same key exists
     */
    long create(NewTransaction transaction);

    /**
     * Leaves a nested participant's tombstone: an empty CANCELLING record (no branches) under its key, at
     * version 1, due for recovery after its delay, written only if the log holds no record of that key.
     * It stands for a cancel that found neither a committed try nor a record of children, so that a try of the
     * same branch still running somewhere (a zombie thread, a try whose database transaction was aborted under
     * it) cannot enlist children afterwards: {@link #create} for the key throws, {@link #enlist} is refused as
     * for any decided record. Recovery finishes it when it falls due, like any other cancelled record.
     *
     * @return {@code true} if written; {@code false} if a record of the key exists (nothing changes)
     */
    boolean createTombstone(Tombstone tombstone);

    /**
     * Appends one ENLISTED branch to a TRYING record and bumps its version, atomically and only while
     * the record is TRYING (so an enlist racing the decision loses cleanly).
     *
     * @return the version the record has after the enlist
     * @throws io.github.litetcc.NoSuchTransactionException if there is no such record
     * @throws io.github.litetcc.ConcurrentUpdateException if the record is no longer TRYING, or the branch id is taken
     */
    long enlist(TransactionKey key, Branch branch);

    /**
     * Stores the small context a local branch's try handed on, while the record is TRYING.
     *
     * @throws io.github.litetcc.NoSuchTransactionException if there is no such record or branch
     * @throws io.github.litetcc.ConcurrentUpdateException if the record is no longer TRYING
     */
    void attachTryContext(TransactionKey key, BranchId branch, byte[] context);

    /**
     * Applies {@code update} to the record's header if, and only if, its version is {@code expectedVersion};
     * the version then becomes {@code expectedVersion + 1}. This is the decision's commit point, the
     * recovery claim and every other header change.
     *
     * @return {@code true} if applied; {@code false} if the record is absent or its version differs
     */
    boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update);

    /**
     * Records a branch's phase-2 result. Idempotent: recording the status a branch already has is a no-op.
     *
     * @throws io.github.litetcc.NoSuchTransactionException if there is no such record or branch
     * @throws io.github.litetcc.IllegalTransitionException if the branch already holds the other result
     */
    void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status);

    /**
     * Ends a record in a terminal status if its version is {@code expectedVersion}: removes it, or keeps it
     * as archived (then never due, still found by {@link #find}) when the repository is configured to archive.
     *
     * @return {@code true} if finished; {@code false} if absent or the version differs
     */
    boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal);

    /**
     * Finishes several records, each as {@link #finish} would and each on its own (not all or none), in as few
     * round trips as the store allows: for a node that finishes many transactions a second. This default runs
     * {@link #finish} once per request. If the store fails part-way the exception is thrown and some records may
     * be finished already; asking again is harmless (a finished record answers {@code false}).
     *
     * @return for each request, in order, whether its record was finished; {@code false} if it was absent, its
     *         version differed, or its status cannot end as asked
     * @throws InvalidInputException if {@code requests} is null or holds null
     */
    default List<Boolean> finishAll(List<FinishRequest> requests) {
        List<Boolean> finished = new ArrayList<>(FinishRequests.checked(requests).size());
        for (FinishRequest request : requests) {
            try {
                finished.add(finish(request.key(), request.expectedVersion(), request.terminal()));
            } catch (IllegalTransitionException e) {
                finished.add(false);
            }
        }
        return finished;
    }

    /** The record, if the log holds it. */
    Optional<GlobalTransaction> find(TransactionKey key);

    /**
     * Up to {@code limit} records whose next attempt is due ({@code nextAttemptAt <= now()}), oldest due
     * first. The cost grows with the number of due records, not with the size of the log. Records
     * that cannot be read are returned apart, never thrown, so one bad record does not hide the others.
     */
    DueRecords findDue(int limit);

    /** Pushes the next attempt of a record back by {@code delay}, without reading it: for records that cannot be read. */
    void postpone(TransactionKey key, Duration delay);

    /** Records for operators, filtered and paged in key order. */
    Page<GlobalTransaction> list(TransactionQuery query);

    /** Whether finished records are kept (archived) rather than removed. */
    default boolean archivesFinished() {
        return false;
    }
}
