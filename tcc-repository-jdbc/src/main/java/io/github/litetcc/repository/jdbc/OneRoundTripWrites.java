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
 * @param begin  the one-round-trip begin, if the database has one here
 * @param enlist the one-round-trip enlist, if the database has one here
 */
record OneRoundTripWrites(Optional<Begin> begin, Optional<Enlist> enlist) {

    /** Inserts the header (bound by {@code header}) and the first branch; a taken key is a {@link ConcurrentUpdateException}. */
    interface Begin {
        void create(Connection connection, TransactionKey key, Branch first, HeaderBinder header) throws SQLException;
    }

    /**
     * Bumps a TRYING record's version and inserts the branch: the new version, or empty (nothing written) if no
     * TRYING record has the key. A taken branch id is a {@link ConcurrentUpdateException}.
     */
    interface Enlist {
        OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException;
    }

    /** Binds the header insert's parameters {@code offset + 1} to {@code offset + }{@value #HEADER_PARAMETERS}. */
    @FunctionalInterface
    interface HeaderBinder {
        /** How many parameters the header insert has. */
        int HEADER_PARAMETERS = 7;

        void bind(PreparedStatement statement, int offset) throws SQLException;
    }

    /**
     * The one-round-trip writes for the log's database, checked once, now: on PostgreSQL both; on MySQL/MariaDB
     * begin when a connection of {@code dataSource} accepts several statements in one text, and enlist through the
     * trigger on MariaDB where it is installed (created first when the configuration creates the schema), else
     * through the multi-statement text as well.
     */
    static OneRoundTripWrites find(JdbcDialect dialect, TransactionSql sql, JdbcRepositoryConfig config, DataSource dataSource) {
        return switch (dialect) {
            case POSTGRESQL -> {
                SingleStatementWrites writes = new SingleStatementWrites(sql, config.transactionTable(), config.branchTable());
                yield new OneRoundTripWrites(Optional.of(writes), Optional.of(writes));
            }
            case MYSQL -> {
                Optional<MultiStatementWrites> multi = acceptsMultipleStatements(dataSource)
                        ? Optional.of(new MultiStatementWrites(sql, config.transactionTable(), config.branchTable()))
                        : Optional.empty();
                Optional<Enlist> enlist = EnlistTrigger.install(dataSource, config).map(Enlist.class::cast)
                        .or(() -> multi.map(Enlist.class::cast));
                yield new OneRoundTripWrites(multi.map(Begin.class::cast), enlist);
            }
            case H2 -> new OneRoundTripWrites(Optional.empty(), Optional.empty());
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
