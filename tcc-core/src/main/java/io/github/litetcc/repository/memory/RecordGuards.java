package io.github.litetcc.repository.memory;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

/** The checks the in-memory repository makes before a change: each throws the SPI's exception, naming the record. */
final class RecordGuards {

    private RecordGuards() {
    }

    static void requireTrying(GlobalTransaction record, String action) {
        if (record.status() != TransactionStatus.TRYING) {
            throw new ConcurrentUpdateException("Cannot " + action + " in " + record.key() + ": it is "
                    + record.status() + ", no longer TRYING");
        }
    }

    static Branch requireBranch(GlobalTransaction record, BranchId branch) {
        return record.findBranch(branch).orElseThrow(() ->
                new NoSuchTransactionException("Transaction " + record.key() + " has no branch " + branch));
    }

    static void requireFinishableAs(GlobalTransaction record, TransactionStatus terminal) {
        boolean ownDirection = record.status() == terminal
                || record.status().phase().map(TransactionStatus::finished).filter(terminal::equals).isPresent();
        if (!ownDirection) {
            throw new IllegalTransitionException("Transaction " + record.key() + " is " + record.status()
                    + ": it cannot finish as " + terminal);
        }
    }

    static void requireFresh(Branch branch) {
        required(branch, "branch");
        if (branch.status() != BranchStatus.ENLISTED) {
            throw new InvalidInputException("Branch " + branch.id() + " must be enlisted as ENLISTED, was " + branch.status());
        }
    }

    static NoSuchTransactionException noSuchRecord(TransactionKey key) {
        return new NoSuchTransactionException("No transaction " + key + " in the log (never begun, or already finished)");
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null");
        }
        return value;
    }
}
