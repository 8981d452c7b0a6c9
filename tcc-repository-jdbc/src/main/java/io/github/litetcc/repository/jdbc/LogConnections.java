package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.jdbc.LocalTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How the log talks to its database: a connection per operation from the {@link DataSource}, in autocommit for
 * single statements or in one local transaction for two, with every {@link SQLException} translated. Thread-safe.
 */
final class LogConnections {
    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final JdbcFailures failures;
    private final LocalTransaction transaction;

    LogConnections(DataSource dataSource, JdbcDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.failures = new JdbcFailures(dialect);
        this.transaction = new LocalTransaction(failures);
    }

    /** Runs {@code work} as one local transaction at the connection's own isolation level. */
    <T> T inTransaction(String what, LocalTransaction.Work<T, SQLException> work) {
        try (Connection connection = dataSource.getConnection()) {
            return transaction.run(connection, LocalTransaction.KEEP_ISOLATION, what, work);
        } catch (SQLException e) {
            throw failures.translate(what, e);
        }
    }

    /** Runs {@code work} on a connection in autocommit mode. */
    <T> T autoCommit(String what, LocalTransaction.Work<T, SQLException> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw failures.translate(what, e);
        }
    }

    /** Runs a header-join-branch query and reads its records. */
    List<RecordReader.Entry> select(String what, String query, Binder binder) {
        return autoCommit(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    return RecordReader.read(rows);
                }
            }
        });
    }

    /** Executes an insert; a duplicate key becomes a {@link ConcurrentUpdateException} with {@code duplicateMessage}. */
    void insert(PreparedStatement statement, String duplicateMessage) throws SQLException {
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            if (dialect.isDuplicateKey(e)) {
                ConcurrentUpdateException duplicate = new ConcurrentUpdateException(duplicateMessage + "; nothing was written");
                duplicate.initCause(e);
                throw duplicate;
            }
            throw e;
        }
    }
}
