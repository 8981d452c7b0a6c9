package io.github.litetcc.repository.jdbc;

import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The statements on branch rows: insert one, record its phase-2 result, store its try context, delete a record's. */
final class BranchStatements {
    private final TransactionSql sql;
    private final LogConnections connections;

    BranchStatements(TransactionSql sql, LogConnections connections) {
        this.sql = sql;
        this.connections = connections;
    }

    /** Inserts {@code branch}; a taken branch id is a {@link io.github.litetcc.ConcurrentUpdateException}. */
    void insert(Connection connection, TransactionKey key, Branch branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.insertBranch)) {
            BranchColumns.bind(statement, key, branch);
            connections.insert(statement, "Record " + key + " already has a branch " + branch.id());
        }
    }

    /**
     * Moves an ENLISTED branch to {@code status} (CONFIRMED or CANCELLED) with one update; when that changes nothing, reads why: the same
     * status (a no-op), another (an {@link IllegalTransitionException}) or no branch ({@link NoSuchTransactionException}).
     */
    void recordStatus(Connection connection, TransactionKey key, BranchId branch, BranchStatus status) throws SQLException {
        if (moveFromEnlisted(connection, key, branch, status)) {
            return;
        }
        BranchStatus stored = storedStatus(connection, key, branch);
        if (stored != status) {
            throw new IllegalTransitionException("Branch " + branch + " of " + key + " already holds " + stored
                    + ": cannot record " + status);
        }
    }

    /** Stores a branch's try context; no such branch is a {@link NoSuchTransactionException}. */
    void attachTryContext(Connection connection, TransactionKey key, BranchId branch, byte[] context) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.attachTryContext)) {
            BranchColumns.setNullableBytes(update, 1, context);
            update.setString(2, key.toString());
            update.setString(3, branch.toString());
            if (update.executeUpdate() == 0) {
                throw new NoSuchTransactionException("Record " + key + " has no branch " + branch);
            }
        }
    }

    /** Deletes every branch row of the record {@code key}. */
    void deleteAll(Connection connection, TransactionKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.deleteBranches)) {
            statement.setString(1, key.toString());
            statement.executeUpdate();
        }
    }

    private boolean moveFromEnlisted(Connection connection, TransactionKey key, BranchId branch, BranchStatus status)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.recordBranchStatus)) {
            statement.setInt(1, status.code());
            statement.setString(2, key.toString());
            statement.setString(3, branch.toString());
            return statement.executeUpdate() == 1;
        }
    }

    private BranchStatus storedStatus(Connection connection, TransactionKey key, BranchId branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.branchStatusOf)) {
            statement.setString(1, key.toString());
            statement.setString(2, branch.toString());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NoSuchTransactionException("The log holds no branch " + branch + " of record " + key);
                }
                return BranchStatus.fromCode(rows.getInt(1));
            }
        }
    }
}
