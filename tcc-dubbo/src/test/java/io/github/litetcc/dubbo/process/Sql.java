package io.github.litetcc.dubbo.process;

import io.github.litetcc.fence.jdbc.FencedConnection;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Business SQL on the fenced phase's connection, so it commits or rolls back with the fence row. */
final class Sql {

    private Sql() {
    }

    static int update(String sql, Object... values) {
        try (PreparedStatement statement = FencedConnection.current().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
