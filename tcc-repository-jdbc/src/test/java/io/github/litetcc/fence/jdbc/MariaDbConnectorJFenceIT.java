package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC fence passes the fence contract on MariaDB through MySQL Connector/J. */
class MariaDbConnectorJFenceIT extends JdbcFenceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
