package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.TccException;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The reads of a header row that explain a guarded write which changed nothing (no record, or a record no longer
 * TRYING), and the locking read that guards a write of a branch row.
 */
final class HeaderReads {
    private final TransactionSql sql;

    HeaderReads(TransactionSql sql) {
        this.sql = sql;
    }

    /** Locks the record's header row for the rest of the transaction and throws unless the record is TRYING. */
    void lockTrying(Connection connection, TransactionKey key, String action) throws SQLException {
        require(connection, sql.lockHeader, key, action);
    }

    /** The exception explaining why {@code action} on {@code key} changed nothing (one read, no lock). */
    TccException whyNotTrying(Connection connection, TransactionKey key, String action) throws SQLException {
        try {
            require(connection, sql.statusOf, key, action);
        } catch (TccException e) {
            return e;
        }
        return new ConcurrentUpdateException("Cannot " + action + ": record " + key + " changed concurrently; retry");
    }

    /** Whether the log holds a record with {@code key}. */
    boolean exists(Connection connection, TransactionKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.statusOf)) {
            statement.setString(1, key.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void require(Connection connection, String query, TransactionKey key, String action) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, key.toString());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NoSuchTransactionException("Cannot " + action + ": the log holds no record " + key);
                }
                int code = rows.getInt(1);
                if (code != TransactionSql.TRYING) {
                    throw new ConcurrentUpdateException("Cannot " + action + ": record " + key + " is no longer TRYING (it is "
                            + TransactionStatus.fromCode(code) + ")");
                }
            }
        }
    }
}
