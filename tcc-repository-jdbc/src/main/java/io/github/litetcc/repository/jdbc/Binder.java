package io.github.litetcc.repository.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a prepared statement's parameters. */
@FunctionalInterface
interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
}
