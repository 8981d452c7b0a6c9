package io.github.litetcc.repository.jdbc;

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
 */
final class SingleStatementWrites implements OneRoundTripWrites.Begin, OneRoundTripWrites.Enlist {
    private static final String BRANCH_COLUMNS = "(tx_key, branch_id, kind, resource, method, parameter_types, "
            + "service_group, service_version, arguments, try_context, status)";
    private static final String BRANCH_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final JdbcDialect dialect;
    private final String create;
    private final String enlist;

    SingleStatementWrites(TransactionSql sql, String transactionTable, String branchTable) {
        this.dialect = JdbcDialect.POSTGRESQL;
        this.create = "WITH header AS (" + sql.insertHeader + " RETURNING tx_key) INSERT INTO " + branchTable + " "
                + BRANCH_COLUMNS + " SELECT " + BRANCH_VALUES + " FROM header";
        this.enlist = "WITH bumped AS (UPDATE " + transactionTable + " SET version = version + 1 WHERE tx_key = ? AND status = "
                + TransactionSql.TRYING + " RETURNING version), branch AS (INSERT INTO " + branchTable + " " + BRANCH_COLUMNS
                + " SELECT " + BRANCH_VALUES + " FROM bumped) SELECT version FROM bumped";
    }

    @Override
    public void create(Connection connection, TransactionKey key, Branch first, OneRoundTripWrites.Header header) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(create)) {
            header.bind(statement, 0);
            BranchColumns.bind(statement, OneRoundTripWrites.Header.PARAMETERS, key, first);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw OneRoundTripWrites.duplicateOr(dialect, e, "A record with key " + key + " already exists");
        }
    }

    @Override
    public OptionalLong enlist(Connection connection, TransactionKey key, Branch branch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(enlist)) {
            statement.setString(1, key.toString());
            BranchColumns.bind(statement, 1, key, branch);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw OneRoundTripWrites.duplicateOr(dialect, e, "Record " + key + " already has a branch " + branch.id());
        }
    }
}
