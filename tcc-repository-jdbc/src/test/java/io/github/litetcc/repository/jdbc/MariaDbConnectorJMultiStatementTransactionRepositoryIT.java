package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log passes the repository contract on MariaDB through MySQL Connector/J with {@code allowMultiQueries=true}. */
class MariaDbConnectorJMultiStatementTransactionRepositoryIT extends MariaDbMultiStatementTransactionRepositoryIT {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
