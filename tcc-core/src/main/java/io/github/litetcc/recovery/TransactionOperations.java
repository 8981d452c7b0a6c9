package io.github.litetcc.recovery;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.TccUsageException;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What an operator may do with the log ("manual intervention"): list unfinished, stuck and parked
 * records, show one, retry a decided one now, resume a parked one in its own direction, or cancel a TRYING
 * root record that has no decision yet. Every action validates its input (a malformed or unknown xid
 * throws, naming it) and changes a record only by compare-and-set; recovery then drives it.
 */
public final class TransactionOperations {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionOperations.class);

    private final TransactionRepository repository;
    private final RecoveryConfig config;

    public TransactionOperations(TransactionRepository repository, RecoveryConfig config) {
        this.repository = repository;
        this.config = config;
    }

    public Optional<GlobalTransaction> find(String key) {
        return repository.find(TransactionKey.parse(key));
    }

    public GlobalTransaction require(String key) {
        return find(key).orElseThrow(() -> new NoSuchTransactionException("No unfinished transaction " + key + " in the log"));
    }

    public Page<GlobalTransaction> list(TransactionQuery query) {
        return repository.list(query);
    }

    /** Decided records that reached the alert threshold. */
    public Page<GlobalTransaction> stuck(int limit) {
        return repository.list(TransactionQuery.byStatus(EnumSet.of(TransactionStatus.TRYING, TransactionStatus.CONFIRMING,
                TransactionStatus.CANCELLING), limit).withMinAttempts(config.alertAfter()));
    }

    public Page<GlobalTransaction> parked(int limit) {
        return repository.list(TransactionQuery.byStatus(EnumSet.of(TransactionStatus.PARKED_CONFIRMING,
                TransactionStatus.PARKED_CANCELLING), limit));
    }

    /** Makes a CONFIRMING or CANCELLING record due now (its lease, if any, is broken). */
    public GlobalTransaction retryNow(String key) {
        GlobalTransaction record = require(key);
        if (record.status() != TransactionStatus.CONFIRMING && record.status() != TransactionStatus.CANCELLING) {
            throw new TccUsageException("Transaction " + key + " is " + record.status() + ": only CONFIRMING or CANCELLING"
                    + " records can be retried (resume a parked one; cancel an undecided one)");
        }
        return apply(record, record.status(), record.attempts(), "retry requested by an operator");
    }

    /** Moves a parked record back to its own direction, due now, with its attempts counted afresh. */
    public GlobalTransaction resume(String key) {
        GlobalTransaction record = require(key);
        if (!record.status().isParked()) {
            throw new TccUsageException("Transaction " + key + " is " + record.status() + ", not parked: nothing to resume");
        }
        TransactionStatus direction = record.status() == TransactionStatus.PARKED_CONFIRMING
                ? TransactionStatus.CONFIRMING : TransactionStatus.CANCELLING;
        return apply(record, record.status().requireMoveTo(direction, key), 0, "resumed by an operator");
    }

    /** Cancels a TRYING root record that has no decision yet; a nested participant's record is its parent's to decide. */
    public GlobalTransaction cancel(String key) {
        GlobalTransaction record = require(key);
        if (!record.isRoot()) {
            throw new TccUsageException("Transaction record " + key + " belongs to nested participant branch " + record.key().owner()
                    + ": its parent decides it; cancel the root transaction " + record.xid() + " instead");
        }
        if (record.status() != TransactionStatus.TRYING) {
            throw new TccUsageException("Transaction " + key + " is " + record.status() + ": only an undecided (TRYING) one can be cancelled");
        }
        return apply(record, record.status().requireMoveTo(TransactionStatus.CANCELLING, key), 0, "cancelled by an operator");
    }

    private GlobalTransaction apply(GlobalTransaction record, TransactionStatus status, int attempts, String note) {
        if (!repository.compareAndSet(record.key(), record.version(), new RecordUpdate(status, attempts, Duration.ZERO, null, note))) {
            throw new ConcurrentUpdateException("Transaction " + record.key() + " changed while the operator acted on it; look again");
        }
        LOG.info("Operator action on {}: {} -> {} ({})", record.key(), record.status(), status, note);
        return repository.find(record.key()).orElse(record);
    }
}
