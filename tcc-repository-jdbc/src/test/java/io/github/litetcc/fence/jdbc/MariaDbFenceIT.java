package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC fence passes the fence contract on MariaDB through its own driver. */
class MariaDbFenceIT extends JdbcFenceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
