package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The fenced phase's own and joined transactions on MariaDB through MySQL Connector/J. */
class MariaDbConnectorJFenceTransactionIT extends JdbcFenceTransactionBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
