package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log's own behaviour on PostgreSQL. */
class PostgresJdbcTransactionRepositoryIT extends JdbcTransactionRepositoryBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
