package io.github.litetcc.spi;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;

import java.time.Instant;

/**
 * Calls one branch's confirm or cancel. The local implementation calls a registered bean; the Dubbo
 * module adds a remote one. Thread-safe. Returning normally means the phase is done for that branch
 * (applied, duplicate, or an empty rollback); any exception means it must be retried later.
 */
public interface BranchInvoker {

    /** Whether this invoker handles branches of the given kind. */
    boolean supports(BranchKind kind);

    /**
     * Runs {@code phase} (CONFIRM or CANCEL) of {@code branch}, a branch of the record {@code key} whose
     * transaction has the given deadline. Must be safe to call again after any failure.
     */
    void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception;
}
