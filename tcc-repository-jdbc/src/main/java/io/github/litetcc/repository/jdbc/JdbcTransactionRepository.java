package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.jdbc.DatabaseSchema;
import io.github.litetcc.jdbc.InputChecks;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.SchemaPart;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.FinishRequests;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The transaction log on a JDBC {@link DataSource} (H2, MySQL/MariaDB, PostgreSQL), without a pool or a
 * framework of its own. Every protocol write is one local transaction of at most two statements: create
 * (header + first branch), enlist (version bump guarded by {@code status = TRYING} + branch insert; each of the two
 * in one round trip where the database allows it, see {@link OneRoundTripWrites}), the
 * decision and every claim (one {@code UPDATE … WHERE version = ?}), a branch's phase-2 result (one
 * {@code UPDATE}), finish (one {@code DELETE} of header and branches on MySQL/MariaDB and PostgreSQL, two on H2, or
 * one {@code UPDATE} when archiving). On MySQL/MariaDB with several statements per text allowed, writes of
 * concurrent callers share one transaction and round trip ({@link GroupCommit}), each caller answered only once its
 * own write committed. Reads are one joined
 * query. Every time is computed by the database ({@link #now()}), never by this JVM. Thread-safe.
 *
 * <p>The constructor is the start-up: it connects, settles the dialect and creates or checks the tables
 * (see {@link DatabaseSchema}), failing at once with the cause.
 */
public final class JdbcTransactionRepository implements TransactionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactionRepository.class);
    private static final int MAX_DUE_LIMIT = 10_000;
    private static final int MAX_OWNER_LENGTH = 255;

    private final JdbcRepositoryConfig config;
    private final JdbcDialect dialect;
    private final TransactionSql sql;
    private final VersionBump versionBump;
    private final OneRoundTripWrites oneRoundTrip;
    private final LogConnections connections;
    private final BranchStatements branches;
    private final HeaderStatements headers;
    private final Optional<Grouping> grouping;
    /** Per terminal status, the one-statement delete that finishes a record, where this log has one (not when archiving). */
    private final Map<TransactionStatus, Optional<String>> deleteToFinish;

    /** Starts the log on {@code dataSource}; see the class comment for what may fail. */
    public JdbcTransactionRepository(DataSource dataSource, JdbcRepositoryConfig config) {
        required(dataSource, "dataSource");
        this.config = required(config, "config");
        this.dialect = DatabaseSchema.prepare(dataSource, config, SchemaPart.LOG);
        this.sql = new TransactionSql(config, dialect);
        this.versionBump = new VersionBump(dialect, config.transactionTable());
        this.oneRoundTrip = OneRoundTripWrites.find(dialect, sql, config, dataSource);
        this.connections = new LogConnections(dataSource, dialect);
        this.branches = new BranchStatements(sql, connections);
        this.headers = new HeaderStatements(sql, dialect);
        this.deleteToFinish = deletesToFinish(config, sql, dialect);
        this.grouping = Grouping.find(dataSource, dialect, config, sql, oneRoundTrip, connections, headers);
        LOG.info("Transaction log on tables {} and {} (dialect {}, finished records {}, begin in {}, enlist in {}, {})",
                config.transactionTable(), config.branchTable(), dialect.id(), config.archiveFinished() ? "archived" : "deleted",
                oneRoundTrip.begin().map(JdbcTransactionRepository::describe).orElse("a two-statement transaction"),
                oneRoundTrip.enlist().map(JdbcTransactionRepository::describe).orElse("a two-statement transaction"),
                grouping.isPresent() ? "up to " + config.maxWritesPerCommit() + " concurrent writes per commit" : "one commit per write");
        if (oneRoundTrip.multiStatement().isEmpty() && dialect == JdbcDialect.MYSQL) {
            LOG.info("Add allowMultiQueries=true to the log's JDBC URL to share commits between concurrent writes{}",
                    oneRoundTrip.begin().isEmpty() ? " and to write begin in one round trip instead of five" : "");
        }
    }

    private static String describe(Object write) {
        return write instanceof EnlistTrigger ? "one statement (trigger " + EnlistTrigger.SCRIPT + ")" : "one round trip";
    }

    /** The group commit, where this log has one (concurrent writes then share commits). */
    Optional<GroupCommit> groupCommit() {
        return grouping.map(Grouping::commit);
    }

    /** Whether begin takes one round trip here (else a two-statement local transaction). */
    boolean writesBeginInOneRoundTrip() {
        return oneRoundTrip.begin().isPresent();
    }

    /** Whether enlist takes one round trip here (else a two-statement local transaction). */
    boolean writesEnlistInOneRoundTrip() {
        return oneRoundTrip.enlist().isPresent();
    }

    /** Whether begin is one statement through the MariaDB trigger of {@link EnlistTrigger}. */
    boolean beginsThroughTrigger() {
        return oneRoundTrip.begin().filter(EnlistTrigger.class::isInstance).isPresent();
    }

    /** Whether enlist is one statement through the MariaDB trigger of {@link EnlistTrigger}. */
    boolean enlistsThroughTrigger() {
        return oneRoundTrip.enlist().filter(EnlistTrigger.class::isInstance).isPresent();
    }

    /** The dialect in use (configured or detected). */
    public JdbcDialect dialect() {
        return dialect;
    }

    @Override
    public Instant now() {
        return connections.autoCommit("Reading the database's clock", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.now); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Instant.ofEpochMilli(rows.getLong(1));
            }
        });
    }

    @Override
    public long create(NewTransaction transaction) {
        required(transaction, "transaction");
        TransactionKey key = transaction.key();
        BranchColumns.requireStorable(key, transaction.firstBranch(), config.maxPayloadBytes());
        requireOwner(key, transaction.owner());
        OneRoundTripWrites.Header header = new OneRoundTripWrites.Header(key.toString(), key.xid().toString(), key.owner().toString(),
                millis(transaction.timeout()), millis(transaction.dueIn()), transaction.owner(), RecordReader.ROW_FORMAT_VERSION);
        return write(() -> createAlone(key, transaction.firstBranch(), header),
                writes -> writes.create(key, transaction.firstBranch(), header));
    }

    private long createAlone(TransactionKey key, Branch first, OneRoundTripWrites.Header header) {
        if (oneRoundTrip.begin().isPresent()) {
            return connections.autoCommit("Creating record " + key, connection -> {
                oneRoundTrip.begin().get().create(connection, key, first, header);
                return 1L;
            });
        }
        return connections.inTransaction("Creating record " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.insertHeader)) {
                header.bind(statement, 0);
                connections.insert(statement, "A record with key " + key + " already exists");
            }
            branches.insert(connection, key, first);
            return 1L;
        });
    }

    @Override
    public boolean createTombstone(Tombstone tombstone) {
        TransactionKey key = required(tombstone, "tombstone").key();
        return connections.autoCommit("Leaving a tombstone " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.insertTombstone)) {
                statement.setString(1, key.toString());
                statement.setString(2, key.xid().toString());
                statement.setString(3, key.owner().toString());
                statement.setLong(4, millis(tombstone.dueIn()));
                statement.setInt(5, RecordReader.ROW_FORMAT_VERSION);
                connections.insert(statement, "A record with key " + key + " already exists");
                return true;
            } catch (ConcurrentUpdateException existing) {
                return false;
            }
        });
    }

    @Override
    public long enlist(TransactionKey key, Branch branch) {
        required(key, "key");
        required(branch, "branch");
        BranchColumns.requireStorable(key, branch, config.maxPayloadBytes());
        Supplier<Long> alone = () -> enlistAlone(key, branch);
        return write(alone, writes -> writes.enlist(key, branch, alone));
    }

    private long enlistAlone(TransactionKey key, Branch branch) {
        if (oneRoundTrip.enlist().isPresent()) {
            return connections.autoCommit("Enlisting branch " + branch.id() + " in " + key, connection -> {
                OptionalLong version = oneRoundTrip.enlist().get().enlist(connection, key, branch);
                if (version.isEmpty()) {
                    throw headers.whyNotTrying(connection, key, "enlist branch " + branch.id());
                }
                return version.getAsLong();
            });
        }
        return connections.inTransaction("Enlisting branch " + branch.id() + " in " + key, connection -> {
            OptionalLong version = versionBump.apply(connection, key.toString());
            if (version.isEmpty()) {
                throw headers.whyNotTrying(connection, key, "enlist branch " + branch.id());
            }
            branches.insert(connection, key, branch);
            return version.getAsLong();
        });
    }

    @Override
    public void attachTryContext(TransactionKey key, BranchId branch, byte[] context) {
        required(key, "key");
        required(branch, "branch");
        required(context, "context");
        BranchColumns.requirePayload("Branch " + branch + " of " + key, "try context", context, config.maxPayloadBytes());
        connections.inTransaction("Storing the try context of branch " + branch + " in " + key, connection -> {
            headers.lockTrying(connection, key, "store the try context of branch " + branch);
            branches.attachTryContext(connection, key, branch, context);
            return null;
        });
    }

    /**
     * {@inheritDoc} Stricter than the SPI: a change of status must be a legal transition, else (at the expected
     * version) an {@link io.github.litetcc.IllegalTransitionException}. A terminal status is never due.
     */
    @Override
    public boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update) {
        required(key, "key");
        required(update, "update");
        requireOwner(key, update.owner());
        boolean neverDue = update.nextAttemptIn() == null || update.status().isTerminal();
        String write = sql.compareAndSet(update.status(), neverDue);
        long nextAttemptIn = neverDue ? 0 : millis(update.nextAttemptIn());
        BatchedWrite.ParameterBinder binder = (statement, first) -> {
            int next = first;
            statement.setInt(next++, update.status().code());
            statement.setInt(next++, update.attempts());
            statement.setString(next++, update.owner());
            statement.setString(next++, update.lastError());
            if (!neverDue) {
                statement.setLong(next++, nextAttemptIn);
            }
            statement.setString(next++, key.toString());
            statement.setLong(next++, expectedVersion);
            return next;
        };
        String action = "move it to " + update.status();
        return write(() -> connections.autoCommit("Changing record " + key + " to " + update.status(), connection ->
                        headers.guardedWrite(connection, write, statement -> binder.bind(statement, 1), key, expectedVersion, action)),
                writes -> writes.guardedHeaderWrite(write, binder, key, expectedVersion, action));
    }

    @Override
    public void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status) {
        required(key, "key");
        required(branch, "branch");
        if (status == null || !status.isDone()) {
            throw new InvalidInputException("A branch's phase-2 result is CONFIRMED or CANCELLED, not " + status);
        }
        Supplier<Void> alone = () -> connections.autoCommit("Recording " + status + " for branch " + branch + " of " + key, connection -> {
            branches.recordStatus(connection, key, branch, status);
            return null;
        });
        write(alone, writes -> writes.recordBranchStatus(key, branch, status, alone));
    }

    /**
     * {@inheritDoc} Stricter than the SPI: a record finishes only in the terminal status of its own direction,
     * else (at the expected version) an {@link io.github.litetcc.IllegalTransitionException}.
     */
    @Override
    public boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal) {
        required(key, "key");
        if (terminal == null || !terminal.isTerminal()) {
            throw new InvalidInputException("A record finishes as CONFIRMED or CANCELLED, not " + terminal);
        }
        String action = "finish it as " + terminal;
        return write(() -> finishAlone(key, expectedVersion, terminal, action),
                writes -> writes.finish(key, expectedVersion, terminal, action));
    }

    private boolean finishAlone(TransactionKey key, long expectedVersion, TransactionStatus terminal, String action) {
        String what = "Finishing record " + key + " as " + terminal;
        FinishRequest request = new FinishRequest(key, expectedVersion, terminal);
        if (deleteToFinish.get(terminal).isPresent()) {
            return connections.autoCommit(what, connection -> finishOn(connection, request, action));
        }
        return connections.inTransaction(what, connection -> finishOn(connection, request, action));
    }

    /**
     * {@inheritDoc} All in one local transaction, so the lot shares one commit; a request whose record cannot end
     * as asked is answered {@code false} and does not hold the others back.
     */
    @Override
    public List<Boolean> finishAll(List<FinishRequest> requests) {
        FinishRequests.checked(requests);
        if (requests.isEmpty()) {
            return List.of();
        }
        return connections.inTransaction("Finishing " + requests.size() + " records", connection -> {
            List<Boolean> finished = new ArrayList<>(requests.size());
            for (FinishRequest request : requests) {
                try {
                    finished.add(finishOn(connection, request, "finish it as " + request.terminal()));
                } catch (IllegalTransitionException e) {
                    finished.add(false);
                }
            }
            return finished;
        });
    }

    private static Map<TransactionStatus, Optional<String>> deletesToFinish(JdbcRepositoryConfig config, TransactionSql sql,
                                                                           JdbcDialect dialect) {
        Map<TransactionStatus, Optional<String>> deletes = new EnumMap<>(TransactionStatus.class);
        for (TransactionStatus terminal : List.of(TransactionStatus.CONFIRMED, TransactionStatus.CANCELLED)) {
            deletes.put(terminal, config.archiveFinished() ? Optional.empty() : sql.finishByDeleteInOneStatement(terminal, dialect));
        }
        return deletes;
    }

    /** Finishes one record on {@code connection}, in whatever transaction it is in. */
    private boolean finishOn(Connection connection, FinishRequest request, String action) throws SQLException {
        TransactionKey key = request.key();
        long expectedVersion = request.expectedVersion();
        Optional<String> oneStatement = deleteToFinish.get(request.terminal());
        if (oneStatement.isPresent()) {
            return headers.guardedWrite(connection, c -> deleteInOneStatement(c, oneStatement.get(), key, expectedVersion),
                    key, expectedVersion, action);
        }
        Binder guard = statement -> {
            statement.setString(1, key.toString());
            statement.setLong(2, expectedVersion);
        };
        if (!headers.guardedWrite(connection, sql.finish(request.terminal(), config.archiveFinished()), guard, key,
                expectedVersion, action)) {
            return false;
        }
        if (!config.archiveFinished()) {
            branches.deleteAll(connection, key);
        }
        return true;
    }

    /** Runs a one-statement delete of {@link TransactionSql#finishByDeleteInOneStatement}: whether the header went. */
    private boolean deleteInOneStatement(Connection connection, String delete, TransactionKey key, long expectedVersion)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setString(1, key.toString());
            statement.setLong(2, expectedVersion);
            if (dialect == JdbcDialect.POSTGRESQL) {
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() && rows.getLong(1) == 1;
                }
            }
            return statement.executeUpdate() > 0;
        }
    }

    /** Runs a write alone, or through group commit where this log has it. */
    private <T> T write(Supplier<T> alone, Function<MySqlGroupedWrites, BatchedWrite<T>> grouped) {
        if (grouping.isEmpty()) {
            return alone.get();
        }
        return grouping.get().commit().write(grouped.apply(grouping.get().writes()), alone);
    }

    @Override
    public Optional<GlobalTransaction> find(TransactionKey key) {
        required(key, "key");
        List<RecordReader.Entry> entries = connections.select("Reading record " + key, sql.find,
                statement -> statement.setString(1, key.toString()));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        RecordReader.Entry entry = entries.get(0);
        if (entry.corrupt() != null) {
            throw new CorruptRecordException("Record " + key + " cannot be read: " + entry.corrupt().problem());
        }
        return Optional.of(entry.record());
    }

    @Override
    public DueRecords findDue(int limit) {
        if (limit < 1 || limit > MAX_DUE_LIMIT) {
            throw new InvalidInputException("findDue limit must be between 1 and " + MAX_DUE_LIMIT + ", was " + limit);
        }
        List<RecordReader.Entry> entries = connections.select("Finding due records", sql.due, statement -> statement.setInt(1, limit));
        return new DueRecords(entries.stream().filter(e -> e.record() != null).map(RecordReader.Entry::record).toList(),
                entries.stream().filter(e -> e.corrupt() != null).map(RecordReader.Entry::corrupt).toList());
    }

    @Override
    public void postpone(TransactionKey key, Duration delay) {
        required(key, "key");
        if (delay == null || delay.isNegative()) {
            throw new InvalidInputException("Postponing " + key + " needs a delay of zero or more, was " + delay);
        }
        connections.autoCommit("Postponing record " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.postpone)) {
                statement.setLong(1, millis(delay));
                statement.setString(2, key.toString());
                if (statement.executeUpdate() == 0 && !headers.exists(connection, key)) {
                    throw new NoSuchTransactionException("Cannot postpone: the log holds no record " + key);
                }
            }
            return null;
        });
    }

    /** {@inheritDoc} Records that cannot be read are left out of the page (logged at WARN with their key). */
    @Override
    public Page<GlobalTransaction> list(TransactionQuery query) {
        required(query, "query");
        String listing = sql.list(query.statuses(), query.after() != null);
        List<RecordReader.Entry> entries = connections.select("Listing records", listing, statement -> {
            int next = 1;
            statement.setInt(next++, query.minAttempts());
            if (query.after() != null) {
                statement.setString(next++, query.after().toString());
            }
            statement.setInt(next, query.limit());
        });
        entries.stream().filter(e -> e.corrupt() != null).forEach(e ->
                LOG.warn("Listing skips record {}, which cannot be read: {}", e.key(), e.corrupt().problem()));
        TransactionKey last = entries.size() == query.limit() ? entries.get(entries.size() - 1).key() : null;
        return new Page<>(entries.stream().filter(e -> e.record() != null).map(RecordReader.Entry::record).toList(), last);
    }

    @Override
    public boolean archivesFinished() {
        return config.archiveFinished();
    }

    private static <T> T required(T value, String name) {
        return InputChecks.required(value, name);
    }

    private static void requireOwner(TransactionKey key, String owner) {
        if (owner != null && owner.length() > MAX_OWNER_LENGTH) {
            throw new InvalidInputException("Owner of " + key + " is longer than " + MAX_OWNER_LENGTH + " characters");
        }
    }

    private static long millis(Duration duration) {
        try {
            return duration.toMillis();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("Duration " + duration + " is too long", e);
        }
    }
}
