package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC fence passes the fence contract on PostgreSQL. */
class PostgresFenceIT extends JdbcFenceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
