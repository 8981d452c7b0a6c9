package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.TransactionKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Begin and enlist in one round trip on MySQL/MariaDB: one multi-statement text that is its own transaction,
 * {@code START TRANSACTION; <two statements>; COMMIT}, sent on a connection in autocommit (so the driver sends no
 * {@code set autocommit}). Begin inserts the header and the first branch; enlist bumps the version of a TRYING record
 * and inserts the branch from that record only while it is TRYING (the bump holds its row lock); the new version comes
 * back through {@code LAST_INSERT_ID(expr)}, as in {@link VersionBump}, and counts only if the bump changed a row. It needs a connection that accepts several statements in one text: {@code allowMultiQueries=true} in the
 * JDBC URL, with the MariaDB driver or Connector/J. A failing statement ends the text with its transaction still
 * open: it is rolled back before the failure is reported, so nothing is written.
 */
final class MultiStatementWrites implements OneRoundTripWrites.Begin, OneRoundTripWrites.Enlist {
    private static final String PROBE = "SELECT ?; SELECT ?";
    private static final int ENLIST_UPDATE_RESULT = 1;

    private final String create;
    private final String enlist;
    private final List<String> enlistStatements;

    MultiStatementWrites(TransactionSql sql, String transactionTable, String branchTable) {
        String columns = sql.insertBranch.substring(sql.insertBranch.indexOf('('), sql.insertBranch.indexOf(')') + 1);
        this.create = "START TRANSACTION; " + sql.insertHeader + "; " + sql.insertBranch + "; COMMIT";
        this.enlistStatements = List.of("UPDATE " + transactionTable + " SET version = LAST_INSERT_ID(version + 1)"
                + " WHERE tx_key = ? AND status = " + TransactionSql.TRYING, "INSERT INTO " + branchTable + " " + columns
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM " + transactionTable + " WHERE tx_key = ? AND status = "
                + TransactionSql.TRYING, "SELECT LAST_INSERT_ID()");
        this.enlist = "START TRANSACTION; " + String.join("; ", enlistStatements) + "; COMMIT";
    }

    /** The enlist's statements without their transaction: the bump, the guarded insert, the read of the new version. */
    List<String> enlistStatements() {
        return enlistStatements;
    }

    /** Whether {@code connection} runs several statements of one prepared text (what the writes need). */
    static boolean isAccepted(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(PROBE)) {
            statement.setInt(1, 1);
            statement.setInt(2, 2);
            statement.execute();
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // Reads the second result, so that the connection is left clean.
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void create(Connection connection, TransactionKey key, Branch first, OneRoundTripWrites.Header header) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(create)) {
            header.bind(statement, 0);
            BranchColumns.bind(statement, OneRoundTripWrites.Header.PARAMETERS, key, first);
            run(connection, statement);
        } catch (SQLException e) {
            throw OneRoundTripWrites.duplicateOr(JdbcDialect.MYSQL, e, "A record with key " + key + " already exists");
        }
    }

    @Override
    public OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(enlist)) {
            statement.setString(1, key.toString());
            BranchColumns.bind(statement, 1, key, branch);
            statement.setString(13, key.toString());
            Results results = run(connection, statement);
            return results.updateCounts.get(ENLIST_UPDATE_RESULT) == 1 ? OptionalLong.of(results.firstValue) : OptionalLong.empty();
        } catch (SQLException e) {
            throw OneRoundTripWrites.duplicateOr(JdbcDialect.MYSQL, e, "Record " + key + " already has a branch " + branch.id());
        }
    }

    /** What a text returned: the update count of each statement that changes rows, and the first value of its query. */
    private record Results(List<Integer> updateCounts, long firstValue) {
    }

    /** Runs the whole text, reading every result (a later statement's error surfaces while reading); rolls back on failure. */
    private static Results run(Connection connection, PreparedStatement statement) throws SQLException {
        try {
            List<Integer> counts = new ArrayList<>();
            long value = -1;
            boolean isQuery = statement.execute();
            while (isQuery || statement.getUpdateCount() != -1) {
                if (isQuery) {
                    try (ResultSet rows = statement.getResultSet()) {
                        value = rows.next() ? rows.getLong(1) : value;
                    }
                } else {
                    counts.add(statement.getUpdateCount());
                }
                isQuery = statement.getMoreResults();
            }
            return new Results(counts, value);
        } catch (SQLException e) {
            rollBack(connection, e);
            throw e;
        }
    }

    private static void rollBack(Connection connection, SQLException failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
