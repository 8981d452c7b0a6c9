package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.TccException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The guarded writes of a header row, and the reads that explain one which changed nothing: no record, a record
 * at another version (a lost race), or one whose status the write may not leave. The explaining read runs only
 * after a write found nothing to change, never before it.
 */
final class HeaderStatements {
    private final TransactionSql sql;
    private final JdbcDialect dialect;

    HeaderStatements(TransactionSql sql, JdbcDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /**
     * Runs a header write guarded by the key, {@code expectedVersion} and a set of statuses: {@code true} if it
     * changed the row; {@code false} if the record is absent, at another version or lost a race; an
     * {@link IllegalTransitionException} if it is at that version in a status the write may not leave.
     */
    boolean guardedWrite(Connection connection, String write, Binder binder, TransactionKey key, long expectedVersion,
                         String action) throws SQLException {
        return guardedWrite(connection, c -> {
            try (PreparedStatement statement = c.prepareStatement(write)) {
                binder.bind(statement);
                return statement.executeUpdate() == 1;
            }
        }, key, expectedVersion, action);
    }

    /** As {@link #guardedWrite(Connection, String, Binder, TransactionKey, long, String)}, for a write that says itself whether it changed the row. */
    boolean guardedWrite(Connection connection, GuardedWrite write, TransactionKey key, long expectedVersion, String action)
            throws SQLException {
        try {
            if (write.changed(connection)) {
                return true;
            }
        } catch (SQLException e) {
            if (dialect.isLostRace(e)) {
                return false;
            }
            throw e;
        }
        return explainUnchanged(connection, key, expectedVersion, action);
    }

    /** A write guarded by key, version and statuses, run once. */
    @FunctionalInterface
    interface GuardedWrite {
        /** Runs the write: whether it changed the header row. */
        boolean changed(Connection connection) throws SQLException;
    }

    /** Locks the record's header row for the rest of the transaction and throws unless the record is TRYING. */
    void lockTrying(Connection connection, TransactionKey key, String action) throws SQLException {
        requireTrying(connection, sql.lockHeader, key, action);
    }

    /** The exception explaining why {@code action} on {@code key}, guarded by {@code status = TRYING}, changed nothing. */
    TccException whyNotTrying(Connection connection, TransactionKey key, String action) throws SQLException {
        try {
            requireTrying(connection, sql.statusOf, key, action);
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

    /**
     * Why a header write guarded by {@code expectedVersion} changed nothing: {@code false} if the record is absent or at
     * another version; an {@link IllegalTransitionException} if it is at that version in a status the write may not leave.
     */
    boolean explainUnchanged(Connection connection, TransactionKey key, long expectedVersion, String action)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.headerState)) {
            statement.setString(1, key.toString());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next() || rows.getLong(2) != expectedVersion) {
                    return false;
                }
                TransactionStatus status = TransactionStatus.fromCode(rows.getInt(1));
                throw new IllegalTransitionException("Cannot " + action + ": record " + key + " is " + status);
            }
        }
    }

    private void requireTrying(Connection connection, String query, TransactionKey key, String action) throws SQLException {
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
