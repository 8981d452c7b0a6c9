package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log passes the repository contract on MariaDB through its own driver. */
class MariaDbTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
