package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log's own behaviour on MariaDB through its own driver. */
class MariaDbJdbcTransactionRepositoryIT extends JdbcTransactionRepositoryBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
