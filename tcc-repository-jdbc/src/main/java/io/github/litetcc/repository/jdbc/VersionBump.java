package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * The first statement of an enlist: bumps a TRYING record's version and returns the new one, in one statement
 * per dialect — {@code UPDATE … RETURNING} on PostgreSQL, a data change delta table on H2, and on MySQL/MariaDB
 * (no {@code UPDATE … RETURNING}) the documented {@code LAST_INSERT_ID(expr)} idiom, whose value the server
 * returns with the update's OK packet (read as the generated key).
 */
final class VersionBump {
    private final JdbcDialect dialect;
    private final String sql;

    VersionBump(JdbcDialect dialect, String transactionTable) {
        this.dialect = dialect;
        String update = "UPDATE " + transactionTable + " SET version = %s WHERE tx_key = ? AND status = " + TransactionSql.TRYING;
        this.sql = switch (dialect) {
            case POSTGRESQL -> update.formatted("version + 1") + " RETURNING version";
            case H2 -> "SELECT version FROM FINAL TABLE (" + update.formatted("version + 1") + ")";
            case MYSQL -> update.formatted("LAST_INSERT_ID(version + 1)");
        };
    }

    /** The record's new version, or empty if no TRYING record has the key (nothing changed then). */
    OptionalLong apply(Connection connection, String key) throws SQLException {
        return dialect == JdbcDialect.MYSQL ? applyWithLastInsertId(connection, key) : applyReturning(connection, key);
    }

    private OptionalLong applyReturning(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private OptionalLong applyWithLastInsertId(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, key);
            if (statement.executeUpdate() == 0) {
                return OptionalLong.empty();
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (keys.next() && keys.getLong(1) > 0) {
                    return OptionalLong.of(keys.getLong(1));
                }
            }
        }
        return OptionalLong.of(lastInsertId(connection));
    }

    /** For a driver that does not hand the OK packet's value out as a generated key. */
    private static long lastInsertId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
