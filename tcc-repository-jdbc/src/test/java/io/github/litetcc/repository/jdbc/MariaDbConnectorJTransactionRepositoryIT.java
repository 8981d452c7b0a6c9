package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log passes the repository contract on MariaDB through MySQL Connector/J. */
class MariaDbConnectorJTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
