package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.TransactionKey;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How begin and enlist are written atomically in one round trip on a connection in autocommit, where the database
 * allows it: {@link SingleStatementWrites} on PostgreSQL; on MySQL/MariaDB {@link MultiStatementWrites} when the
 * connection accepts several statements in one text, and for enlist on MariaDB {@link EnlistTrigger} (one
 * {@code INSERT … RETURNING}) when its trigger is installed. Where a write has none, the log writes its two rows as
 * a two-statement local transaction. Implementations are thread-safe.
 *
 * @param begin          the one-round-trip begin, if the database has one here
 * @param enlist         the one-round-trip enlist, if the database has one here
 * @param multiStatement the multi-statement texts, where the connection accepts several statements in one text
 */
record OneRoundTripWrites(Optional<Begin> begin, Optional<Enlist> enlist, Optional<MultiStatementWrites> multiStatement) {

    /** Inserts the header (bound by {@code header}) and the first branch; a taken key is a {@link ConcurrentUpdateException}. */
    interface Begin {
        void create(Connection connection, TransactionKey key, Branch first, Header header) throws SQLException;
    }

    /**
     * Bumps a TRYING record's version and inserts the branch: the new version, or empty (nothing written) if no
     * TRYING record has the key. A taken branch id is a {@link ConcurrentUpdateException}.
     */
    interface Enlist {
        OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException;
    }

    /**
     * The values of a new record's header row (status TRYING, version 1, times computed by the database).
     *
     * @param key         the record's key, as stored
     * @param xid         its xid
     * @param ownerBranch the branch owning the record ({@code 0} for the starter's)
     * @param timeout     milliseconds from now to the deadline
     * @param dueIn       milliseconds from now to the first attempt of recovery
     * @param owner       the node holding it, or {@code null}
     * @param format      the row format version
     */
    record Header(String key, String xid, String ownerBranch, long timeout, long dueIn, String owner, int format) {
        /** How many parameters the header insert has. */
        static final int PARAMETERS = 7;

        /** Binds the header insert's parameters {@code offset + 1} to {@code offset + }{@value #PARAMETERS}. */
        void bind(PreparedStatement statement, int offset) throws SQLException {
            statement.setString(offset + 1, key);
            bindAllButKey(statement, offset + 1);
        }

        /** Binds every value but the key, in the same order, to parameters {@code offset + 1} to {@code offset + 6}. */
        void bindAllButKey(PreparedStatement statement, int offset) throws SQLException {
            statement.setString(offset + 1, xid);
            statement.setString(offset + 2, ownerBranch);
            statement.setLong(offset + 3, timeout);
            statement.setLong(offset + 4, dueIn);
            statement.setString(offset + 5, owner);
            statement.setInt(offset + 6, format);
        }
    }

    /**
     * The one-round-trip writes for the log's database, checked once, now: on PostgreSQL both; on MySQL/MariaDB
     * through the trigger on MariaDB where it is installed (created first when the configuration creates the schema;
     * begin only if the installed trigger writes it), else through a multi-statement text where a connection of
     * {@code dataSource} accepts several statements in one.
     */
    static OneRoundTripWrites find(JdbcDialect dialect, TransactionSql sql, JdbcRepositoryConfig config, DataSource dataSource) {
        return switch (dialect) {
            case POSTGRESQL -> {
                SingleStatementWrites writes = new SingleStatementWrites(sql, config.transactionTable(), config.branchTable());
                yield new OneRoundTripWrites(Optional.of(writes), Optional.of(writes), Optional.empty());
            }
            case MYSQL -> {
                Optional<MultiStatementWrites> multi = acceptsMultipleStatements(dataSource)
                        ? Optional.of(new MultiStatementWrites(sql, config.transactionTable(), config.branchTable()))
                        : Optional.empty();
                Optional<EnlistTrigger> trigger = EnlistTrigger.install(dataSource, config);
                Optional<Begin> begin = trigger.flatMap(EnlistTrigger::begin).or(() -> multi.map(Begin.class::cast));
                Optional<Enlist> enlist = trigger.map(Enlist.class::cast).or(() -> multi.map(Enlist.class::cast));
                yield new OneRoundTripWrites(begin, enlist, multi);
            }
            case H2 -> new OneRoundTripWrites(Optional.empty(), Optional.empty(), Optional.empty());
        };
    }

    private static boolean acceptsMultipleStatements(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return MultiStatementWrites.isAccepted(connection);
        } catch (SQLException e) {
            throw JdbcFailures.atStartup("transaction log's database", e);
        }
    }

    /** Throws a {@link ConcurrentUpdateException} with {@code duplicateMessage} for a duplicate key; else returns {@code e}. */
    static SQLException duplicateOr(JdbcDialect dialect, SQLException e, String duplicateMessage) {
        if (dialect.isDuplicateKey(e)) {
            ConcurrentUpdateException duplicate = new ConcurrentUpdateException(duplicateMessage + "; nothing was written");
            duplicate.initCause(e);
            throw duplicate;
        }
        return e;
    }
}
