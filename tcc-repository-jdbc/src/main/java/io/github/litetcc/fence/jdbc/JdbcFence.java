package io.github.litetcc.fence.jdbc;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.jdbc.DatabaseSchema;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.LocalTransaction;
import io.github.litetcc.jdbc.SchemaPart;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FencedBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.github.litetcc.jdbc.InputChecks;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fence on JDBC, in the participant's business database (the table {@code <prefix>fence}). By default each
 * {@link #execute} opens one local transaction on the {@link DataSource} — autocommit off, READ COMMITTED forced,
 * the connection's settings restored afterwards — runs the fence transition and the body in it (the body reaches
 * the connection through {@link FencedConnection#current()}), and commits both, or rolls both back when the body
 * throws. With a {@link FenceConnectionBinding} that returns a connection, it joins that transaction instead and
 * leaves commit and rollback to its owner. Clean-up and orphan queries run on their own connections.
 * All ages are on the database's clock. Thread-safe.
 *
 * <p>The constructor is the start-up: it connects, settles the dialect and creates or checks the table.
 */
public final class JdbcFence implements Fence {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcFence.class);
    private static final int MAX_BATCH = 10_000;

    private final DataSource dataSource;
    private final FenceConnectionBinding binding;
    private final FenceSql sql;
    private final FenceTransitions transitions;
    private final JdbcFailures failures;
    private final LocalTransaction transaction;

    /** Starts a fence that opens its own transaction for each phase. */
    public JdbcFence(DataSource dataSource, JdbcRepositoryConfig config) {
        this(dataSource, config, FenceConnectionBinding.NONE);
    }

    /** Starts a fence that joins the transaction {@code binding} returns, when it returns one. */
    public JdbcFence(DataSource dataSource, JdbcRepositoryConfig config, FenceConnectionBinding binding) {
        this.dataSource = InputChecks.required(dataSource, "dataSource");
        this.binding = InputChecks.required(binding, "binding");
        InputChecks.required(config, "config");
        JdbcDialect dialect = DatabaseSchema.prepare(dataSource, config, SchemaPart.FENCE);
        this.sql = new FenceSql(config.fenceTable(), dialect);
        this.transitions = new FenceTransitions(new FenceRows(sql, dialect), config.maxTryResultBytes());
        this.failures = new JdbcFailures(dialect);
        this.transaction = new LocalTransaction(failures);
        LOG.info("Fence on table {} (dialect {})", config.fenceTable(), dialect.id());
    }

    @Override
    public FenceResult execute(FenceRequest request, FencedBody body) throws Exception {
        InputChecks.required(request, "request");
        InputChecks.required(body, "body");
        Optional<Connection> joined = binding.join(dataSource);
        if (joined.isPresent()) {
            return executeJoined(joined.get(), request, body);
        }
        String what = FenceRows.describe(request);
        Connection connection = open(what);
        try {
            if (sql.checksIsolation) {
                return atTheConnectionsLevelIfReadCommitted(connection, what, request, body);
            }
            return transaction.run(connection, Connection.TRANSACTION_READ_COMMITTED, what,
                    own -> transitions.apply(own, request, body));
        } finally {
            close(connection);
        }
    }

    /**
     * Runs the phase without asking the connection its isolation level (a round trip on PostgreSQL): the first
     * statement checks it and changes nothing unless it is READ COMMITTED; then the phase runs again with READ
     * COMMITTED set on the connection (and its own level put back afterwards).
     */
    private FenceResult atTheConnectionsLevelIfReadCommitted(Connection connection, String what, FenceRequest request,
                                                             FencedBody body) throws Exception {
        AtomicBoolean bodyStarted = new AtomicBoolean();
        FencedBody watched = () -> {
            bodyStarted.set(true);
            return body.run();
        };
        try {
            return transaction.run(connection, LocalTransaction.KEEP_ISOLATION, what, own -> transitions.apply(own, request, watched));
        } catch (WrongIsolationException e) {
            if (bodyStarted.get()) {
                throw e;
            }
            return transaction.run(connection, Connection.TRANSACTION_READ_COMMITTED, what,
                    own -> transitions.apply(own, request, body));
        }
    }

    @Override
    public int cleanUp(Duration horizon, int batchSize) {
        requireAge("horizon", horizon);
        requireLimit("batchSize", batchSize);
        String what = "Cleaning up fence rows older than " + horizon;
        Connection connection = open(what);
        try {
            return transaction.run(connection, Connection.TRANSACTION_READ_COMMITTED, what, own -> {
                try (PreparedStatement statement = own.prepareStatement(sql.cleanUp)) {
                    statement.setLong(1, horizon.toMillis());
                    statement.setInt(2, batchSize);
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failures.translate(what, e);
        } finally {
            close(connection);
        }
    }

    @Override
    public List<FenceRecord> findOrphans(Duration age, int limit) {
        requireAge("age", age);
        requireLimit("limit", limit);
        return query("Finding orphan fence rows", sql.orphans, statement -> {
            statement.setLong(1, age.toMillis());
            statement.setInt(2, limit);
        });
    }

    @Override
    public Optional<FenceRecord> find(Xid xid, BranchId branch) {
        InputChecks.required(xid, "xid");
        InputChecks.required(branch, "branch");
        return query("Reading the fence row of branch " + branch + " of xid " + xid, sql.find, statement -> {
            statement.setString(1, xid.toString());
            statement.setString(2, branch.toString());
        }).stream().findFirst();
    }

    private FenceResult executeJoined(Connection connection, FenceRequest request, FencedBody body) throws Exception {
        try {
            requireReadCommitted(connection, request);
            return transitions.apply(connection, request, body);
        } finally {
            binding.release(connection, dataSource);
        }
    }

    /** Checks the joined transaction; where the fence's statements check the isolation level, only its autocommit. */
    private void requireReadCommitted(Connection connection, FenceRequest request) {
        try {
            int isolation = sql.checksIsolation ? Connection.TRANSACTION_READ_COMMITTED : connection.getTransactionIsolation();
            if (isolation != Connection.TRANSACTION_READ_COMMITTED || connection.getAutoCommit()) {
                throw new TccConfigurationException(FenceRows.describe(request) + ": the transaction the fence joins must run "
                        + "at READ COMMITTED with autocommit off, but runs at isolation level " + isolation
                        + (connection.getAutoCommit() ? " in autocommit mode" : "") + "; start it at READ COMMITTED");
            }
        } catch (SQLException e) {
            throw failures.translate(FenceRows.describe(request) + ": checking the joined transaction", e);
        }
    }

    private List<FenceRecord> query(String what, String query, Binder binder) {
        Connection connection = open(what);
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            binder.bind(statement);
            List<FenceRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(FenceRows.read(rows));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failures.translate(what, e);
        } finally {
            close(connection);
        }
    }

    private Connection open(String what) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw failures.translate(what + ": opening a connection", e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a fence connection failed: {}", JdbcFailures.describe(e));
        }
    }

    private static void requireAge(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new InvalidInputException("Fence " + name + " must be zero or more, was " + value);
        }
    }

    private static void requireLimit(String name, int value) {
        if (value < 1 || value > MAX_BATCH) {
            throw new InvalidInputException("Fence " + name + " must be between 1 and " + MAX_BATCH + ", was " + value);
        }
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
