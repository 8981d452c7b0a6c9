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
 * Begin and enlist, each written atomically in one round trip on a connection in autocommit, where the database
 * allows it: {@link SingleStatementWrites} on PostgreSQL, {@link MultiStatementWrites} on MySQL/MariaDB when the
 * connection accepts several statements in one text. Elsewhere the log writes the same two rows as a
 * two-statement local transaction. Implementations are thread-safe.
 */
interface OneRoundTripWrites {

    /** Inserts the header (bound by {@code header}) and the first branch; a taken key is a {@link ConcurrentUpdateException}. */
    void create(Connection connection, TransactionKey key, Branch first, HeaderBinder header) throws SQLException;

    /**
     * Bumps a TRYING record's version and inserts the branch: the new version, or empty (nothing written) if no
     * TRYING record has the key. A taken branch id is a {@link ConcurrentUpdateException}.
     */
    OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException;

    /** Binds the header insert's parameters 1 to {@value #HEADER_PARAMETERS}. */
    @FunctionalInterface
    interface HeaderBinder {
        /** How many parameters the header insert has. */
        int HEADER_PARAMETERS = 7;

        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * The one-round-trip writes for the log's database, if it has them: on PostgreSQL always, on MySQL/MariaDB when a
     * connection of {@code dataSource} accepts several statements in one text (checked once, now).
     */
    static Optional<OneRoundTripWrites> find(JdbcDialect dialect, TransactionSql sql, JdbcRepositoryConfig config,
                                             DataSource dataSource) {
        return switch (dialect) {
            case POSTGRESQL -> Optional.of(new SingleStatementWrites(sql, config.transactionTable(), config.branchTable()));
            case MYSQL -> acceptsMultipleStatements(dataSource)
                    ? Optional.of(new MultiStatementWrites(sql, config.transactionTable(), config.branchTable()))
                    : Optional.empty();
            case H2 -> Optional.empty();
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
