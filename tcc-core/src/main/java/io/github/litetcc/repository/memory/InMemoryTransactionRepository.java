package io.github.litetcc.repository.memory;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import static io.github.litetcc.repository.memory.RecordGuards.noSuchRecord;
import static io.github.litetcc.repository.memory.RecordGuards.requireBranch;
import static io.github.litetcc.repository.memory.RecordGuards.requireFinishableAs;
import static io.github.litetcc.repository.memory.RecordGuards.requireFresh;
import static io.github.litetcc.repository.memory.RecordGuards.requireTrying;
import static io.github.litetcc.repository.memory.RecordGuards.required;

/**
 * The transaction log in memory: a real implementation of {@link TransactionRepository}, not a stub. It
 * stores records encoded by {@link RecordCodec}, so no caller can change a stored record except through
 * this interface, and it enforces versions and every guard of the SPI as a database would. Thread-safe:
 * the changes of one record are atomic and serialized; reads never block.
 *
 * <p>Times are on the injected clock, cut to milliseconds (the precision records are stored with).
 * {@link #findDue} walks an index sorted by (next attempt, key), so its cost grows with the records
 * returned, not with the size of the log.
 *
 * <p>Stricter than the SPI requires, to catch callers' mistakes early: a {@link #compareAndSet} that changes
 * the status checks the transition ({@link IllegalTransitionException}), and {@link #finish} accepts only the
 * terminal status of the record's own direction. A record that cannot be read is left out of {@link #list}
 * (with a warning); {@link #findDue} reports it.
 */
public final class InMemoryTransactionRepository implements TransactionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryTransactionRepository.class);

    private final Clock clock;
    private final boolean archiveFinished;
    private final RecordTable table = new RecordTable();

    /** A repository on the system clock (UTC) that removes finished records. */
    public InMemoryTransactionRepository() {
        this(Clock.systemUTC(), false);
    }

    /** A repository on {@code clock} that removes finished records. */
    public InMemoryTransactionRepository(Clock clock) {
        this(clock, false);
    }

    /** A repository on {@code clock} that removes finished records, or keeps them archived if {@code archiveFinished}. */
    public InMemoryTransactionRepository(Clock clock, boolean archiveFinished) {
        this.clock = required(clock, "clock");
        this.archiveFinished = archiveFinished;
    }

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public long create(NewTransaction transaction) {
        required(transaction, "transaction");
        requireFresh(transaction.firstBranch());
        Instant now = now();
        GlobalTransaction record = new GlobalTransaction(transaction.key(), TransactionStatus.TRYING,
                List.of(transaction.firstBranch()), now, now.plus(transaction.timeout()), 0,
                now.plus(transaction.dueIn()), transaction.owner(), null, 1);
        table.update(record.key(), old -> {
            if (old != null) {
                throw new ConcurrentUpdateException("Transaction " + record.key() + " already exists: not created again");
            }
            return StoredRecord.of(record);
        });
        return record.version();
    }

    @Override
    public boolean createTombstone(Tombstone tombstone) {
        TransactionKey key = required(tombstone, "tombstone").key();
        Instant now = now();
        GlobalTransaction record = new GlobalTransaction(key, TransactionStatus.CANCELLING, List.of(), now, now, 0,
                now.plus(tombstone.dueIn()), null, null, 1);
        boolean[] written = {false};
        table.update(key, old -> {
            if (old != null) {
                return old;
            }
            written[0] = true;
            return StoredRecord.of(record);
        });
        return written[0];
    }

    @Override
    public long enlist(TransactionKey key, Branch branch) {
        required(key, "key");
        requireFresh(branch);
        AtomicReference<Long> version = new AtomicReference<>();
        table.update(key, old -> {
            GlobalTransaction header = existing(key, old).header(key);
            requireTrying(header, "enlist branch " + branch.id());
            if (old.hasBranch(branch.id())) {
                throw new ConcurrentUpdateException("Branch " + branch.id() + " is already enlisted in " + key + ": not enlisted again");
            }
            GlobalTransaction next = RecordEdits.withVersion(header, header.version() + 1);
            version.set(next.version());
            return old.withBranch(next, branch);
        });
        return version.get();
    }

    @Override
    public void attachTryContext(TransactionKey key, BranchId branch, byte[] context) {
        required(key, "key");
        required(branch, "branch");
        required(context, "context");
        table.update(key, old -> {
            requireTrying(existing(key, old).header(key), "attach the try context of branch " + branch);
            return old.withReplacedBranch(old.branch(key, branch).withTryContext(context));
        });
    }

    @Override
    public boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update) {
        required(key, "key");
        required(update, "update");
        Instant now = now();
        return tryModify(key, expectedVersion, (stored, current) -> {
            if (update.status() != current.status()) {
                current.status().requireMoveTo(update.status(), key);
            }
            return stored.withHeader(RecordEdits.withHeader(current, update, now));
        });
    }

    @Override
    public void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status) {
        required(key, "key");
        required(branch, "branch");
        if (status == null || !status.isDone()) {
            throw new InvalidInputException("A branch's phase-2 result is CONFIRMED or CANCELLED, not " + status);
        }
        table.update(key, old -> {
            Branch stored = existing(key, old).branch(key, branch);
            if (stored.status() == status) {
                return old;
            }
            if (stored.status().isDone()) {
                throw new IllegalTransitionException("Branch " + branch + " of " + key + " already holds " + stored.status()
                        + ": cannot record " + status);
            }
            return old.withReplacedBranch(stored.withStatus(key, status));
        });
    }

    @Override
    public boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal) {
        required(key, "key");
        if (terminal == null || !terminal.isTerminal()) {
            throw new InvalidInputException("A record finishes as CONFIRMED or CANCELLED, not " + terminal);
        }
        return tryModify(key, expectedVersion, (stored, current) -> {
            requireFinishableAs(current, terminal);
            return archiveFinished ? stored.withHeader(RecordEdits.finished(current, terminal)) : null;
        });
    }

    @Override
    public Optional<GlobalTransaction> find(TransactionKey key) {
        StoredRecord entry = table.get(required(key, "key"));
        return entry == null ? Optional.empty() : Optional.of(entry.decode(key));
    }

    @Override
    public DueRecords findDue(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("findDue needs a limit of at least 1, was " + limit);
        }
        List<GlobalTransaction> records = new ArrayList<>();
        List<CorruptRecord> corrupt = new ArrayList<>();
        for (Map.Entry<TransactionKey, StoredRecord> due : table.due(now(), limit)) {
            try {
                records.add(due.getValue().decode(due.getKey()));
            } catch (CorruptRecordException e) {
                corrupt.add(new CorruptRecord(due.getKey(), e.getMessage()));
            }
        }
        return new DueRecords(records, corrupt);
    }

    @Override
    public void postpone(TransactionKey key, Duration delay) {
        required(key, "key");
        if (delay == null || delay.isNegative()) {
            throw new InvalidInputException("postpone needs a delay of zero or more, was " + delay);
        }
        Instant at = now().plus(delay);
        table.update(key, old -> {
            if (old == null) {
                throw noSuchRecord(key);
            }
            GlobalTransaction current;
            try {
                current = old.header(key);
            } catch (CorruptRecordException e) {
                return old.withDueAt(at);
            }
            return current.status().isTerminal() ? old : old.withHeader(RecordEdits.postponed(current, at));
        });
    }

    @Override
    public Page<GlobalTransaction> list(TransactionQuery query) {
        required(query, "query");
        List<GlobalTransaction> items = new ArrayList<>();
        for (TransactionKey key : table.keysAfter(query.after())) {
            readable(key).filter(query::matches).ifPresent(items::add);
            if (items.size() == query.limit()) {
                return new Page<>(items, items.get(items.size() - 1).key());
            }
        }
        return new Page<>(items, null);
    }

    @Override
    public boolean archivesFinished() {
        return archiveFinished;
    }

    /**
     * Stores the encoded form of one record as it is: for operators restoring a backup written by
     * {@link RecordCodec}, and for tests that need a damaged record. Bytes that decode must hold the record
     * of {@code key}; they are indexed by its next attempt. Bytes that do not decode are kept as they are,
     * at the due position the key had (due now if it had none): {@link #findDue} reports them as corrupt,
     * {@link #find} throws {@link CorruptRecordException}, and only {@link #postpone} still applies to them.
     *
     * @throws InvalidInputException if the bytes decode to the record of another key
     */
    public void putRaw(TransactionKey key, byte[] encoded) {
        required(key, "key");
        byte[] bytes = required(encoded, "encoded record").clone();
        Optional<GlobalTransaction> decoded = StoredRecord.decodeIfReadable(bytes);
        if (decoded.isPresent() && !decoded.get().key().equals(key)) {
            throw new InvalidInputException("The encoded record is the record of " + decoded.get().key() + ", not of " + key);
        }
        Instant now = now();
        table.update(key, old -> decoded.map(StoredRecord::of)
                .orElseGet(() -> StoredRecord.raw(bytes, old != null && old.dueAt() != null ? old.dueAt() : now)));
    }

    private StoredRecord existing(TransactionKey key, StoredRecord stored) {
        if (stored == null) {
            throw noSuchRecord(key);
        }
        return stored;
    }

    /** Applies {@code change} if the record exists at {@code expectedVersion}; whether it did. */
    private boolean tryModify(TransactionKey key, long expectedVersion, BiFunction<StoredRecord, GlobalTransaction, StoredRecord> change) {
        boolean[] applied = {false};
        table.update(key, old -> {
            if (old == null) {
                return null;
            }
            GlobalTransaction current = old.header(key);
            if (current.version() != expectedVersion) {
                return old;
            }
            StoredRecord next = change.apply(old, current);
            applied[0] = true;
            return next;
        });
        return applied[0];
    }

    private Optional<GlobalTransaction> readable(TransactionKey key) {
        StoredRecord entry = table.get(key);
        try {
            return entry == null ? Optional.empty() : Optional.of(entry.decode(key));
        } catch (CorruptRecordException e) {
            LOG.warn("Left out of the listing: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
