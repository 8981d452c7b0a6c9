package io.github.litetcc.repository.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.TransactionKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Begin and enlist as <b>one</b> statement, hence one round trip in autocommit, on PostgreSQL: its data-modifying
 * {@code WITH} writes the header and the branch rows atomically (begin: insert the header, then the first branch
 * from it; enlist: bump the version of a TRYING record, then insert the branch only if the bump happened).
 * The other dialects write the same two rows as a two-statement local transaction.
 */
final class SingleStatementWrites {
    private static final String BRANCH_COLUMNS = "(tx_key, branch_id, kind, resource, method, parameter_types, "
            + "service_group, service_version, arguments, try_context, status)";
    private static final String BRANCH_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    private static final int HEADER_PARAMETERS = 7;

    private final JdbcDialect dialect;
    private final String create;
    private final String enlist;

    SingleStatementWrites(JdbcDialect dialect, TransactionSql sql, String transactionTable, String branchTable) {
        this.dialect = dialect;
        this.create = "WITH header AS (" + sql.insertHeader + " RETURNING tx_key) INSERT INTO " + branchTable + " "
                + BRANCH_COLUMNS + " SELECT " + BRANCH_VALUES + " FROM header";
        this.enlist = "WITH bumped AS (UPDATE " + transactionTable + " SET version = version + 1 WHERE tx_key = ? AND status = "
                + TransactionSql.TRYING + " RETURNING version), branch AS (INSERT INTO " + branchTable + " " + BRANCH_COLUMNS
                + " SELECT " + BRANCH_VALUES + " FROM bumped) SELECT version FROM bumped";
    }

    /** Whether this dialect writes begin and enlist in one statement. */
    boolean isAvailable() {
        return dialect == JdbcDialect.POSTGRESQL;
    }

    /** Inserts the header (bound by {@code header}) and the first branch in one statement. */
    void create(Connection connection, TransactionKey key, Branch first, HeaderBinder header) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(create)) {
            header.bind(statement);
            BranchColumns.bind(statement, HEADER_PARAMETERS, key, first);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw duplicateOr(e, "A record with key " + key + " already exists");
        }
    }

    /** Bumps a TRYING record's version and inserts the branch; empty (nothing written) if no TRYING record has the key. */
    OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(enlist)) {
            statement.setString(1, key.toString());
            BranchColumns.bind(statement, 1, key, branch);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw duplicateOr(e, "Record " + key + " already has a branch " + branch.id());
        }
    }

    private SQLException duplicateOr(SQLException e, String duplicateMessage) {
        if (dialect.isDuplicateKey(e)) {
            ConcurrentUpdateException duplicate = new ConcurrentUpdateException(duplicateMessage + "; nothing was written");
            duplicate.initCause(e);
            throw duplicate;
        }
        return e;
    }

    /** Binds the header insert's parameters 1 to {@value #HEADER_PARAMETERS}. */
    @FunctionalInterface
    interface HeaderBinder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
