package io.github.litetcc.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The participant's business table: one row per item with its available and reserved units. The try reserves a
 * unit, the confirm takes the reservation; each is one {@code UPDATE} by primary key.
 */
final class AccountTable {
    private final String tryUpdate;
    private final String confirmUpdate;

    AccountTable(DataSource dataSource, JdbcFlavour flavour, String table, int items) throws SQLException {
        this.tryUpdate = "UPDATE " + table + " SET available = available - 1, reserved = reserved + 1 WHERE id = ?";
        this.confirmUpdate = "UPDATE " + table + " SET reserved = reserved - 1 WHERE id = ?";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE " + table + " (id BIGINT NOT NULL PRIMARY KEY, available BIGINT NOT NULL, "
                    + "reserved BIGINT NOT NULL)");
            statement.execute("INSERT INTO " + table + " (id, available, reserved) SELECT s.seq - 1, 1000000000, 0 FROM "
                    + flavour.series(1, items));
        }
    }

    void tryChange(Connection connection, int item) throws SQLException {
        update(connection, tryUpdate, item);
    }

    void confirmChange(Connection connection, int item) throws SQLException {
        update(connection, confirmUpdate, item);
    }

    private static void update(Connection connection, String sql, int item) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, item);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("No business row for item " + item);
            }
        }
    }
}
