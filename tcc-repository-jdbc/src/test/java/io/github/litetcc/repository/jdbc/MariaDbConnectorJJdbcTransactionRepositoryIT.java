package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log's own behaviour on MariaDB through MySQL Connector/J. */
class MariaDbConnectorJJdbcTransactionRepositoryIT extends JdbcTransactionRepositoryBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
