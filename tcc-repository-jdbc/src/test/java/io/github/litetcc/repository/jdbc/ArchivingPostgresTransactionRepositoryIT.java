package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log that archives finished records passes the repository contract on PostgreSQL. */
class ArchivingPostgresTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    boolean archive() {
        return true;
    }
}
