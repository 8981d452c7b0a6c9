package io.github.litetcc.repository.memory;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The new versions of a record that each repository operation produces. Pure functions; checks are the caller's. */
final class RecordEdits {

    private RecordEdits() {
    }

    /** The record at another version, otherwise unchanged. */
    static GlobalTransaction withVersion(GlobalTransaction record, long version) {
        return new GlobalTransaction(record.key(), record.status(), record.branches(), record.createdAt(), record.deadline(),
                record.attempts(), record.nextAttemptAt(), record.owner(), record.lastError(), version);
    }

    /** The record with the header of {@code update} applied at {@code now}, one version later. */
    static GlobalTransaction withHeader(GlobalTransaction record, RecordUpdate update, Instant now) {
        Instant next = update.nextAttemptIn() == null ? null : now.plus(update.nextAttemptIn());
        return new GlobalTransaction(record.key(), update.status(), record.branches(), record.createdAt(), record.deadline(),
                update.attempts(), next, update.owner(), update.lastError(), record.version() + 1);
    }

    /** The archived form: terminal, never due, no owner, one version later. */
    static GlobalTransaction finished(GlobalTransaction record, TransactionStatus terminal) {
        return new GlobalTransaction(record.key(), terminal, record.branches(), record.createdAt(), record.deadline(),
                record.attempts(), null, null, record.lastError(), record.version() + 1);
    }

    /** The record next due at {@code at}, same version. */
    static GlobalTransaction postponed(GlobalTransaction record, Instant at) {
        return new GlobalTransaction(record.key(), record.status(), record.branches(), record.createdAt(), record.deadline(),
                record.attempts(), at, record.owner(), record.lastError(), record.version());
    }
}
