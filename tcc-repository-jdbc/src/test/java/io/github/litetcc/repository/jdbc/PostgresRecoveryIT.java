package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** Core's recovery passes on PostgreSQL: two nodes racing for the same due records, and a record with bad bytes. */
class PostgresRecoveryIT extends JdbcRecoveryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
