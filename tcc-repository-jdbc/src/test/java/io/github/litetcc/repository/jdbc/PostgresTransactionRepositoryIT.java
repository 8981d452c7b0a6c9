package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log passes the repository contract on PostgreSQL. */
class PostgresTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
