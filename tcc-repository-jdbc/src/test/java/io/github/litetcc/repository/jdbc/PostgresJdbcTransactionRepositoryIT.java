package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log's own behaviour on Postgres. */
class PostgresJdbcTransactionRepositoryIT extends JdbcTransactionRepositoryBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
