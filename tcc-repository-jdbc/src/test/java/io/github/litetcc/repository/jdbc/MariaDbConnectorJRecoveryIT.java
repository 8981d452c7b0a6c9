package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** Core's recovery passes on MariaDB through MySQL Connector/J: two nodes racing for the same due records, and a record with bad bytes. */
class MariaDbConnectorJRecoveryIT extends JdbcRecoveryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB_CONNECTOR_J;
    }
}
