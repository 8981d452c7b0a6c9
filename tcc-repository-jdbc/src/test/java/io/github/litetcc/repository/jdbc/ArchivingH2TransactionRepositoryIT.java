package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log that archives finished records passes the repository contract on H2. */
class ArchivingH2TransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    boolean archive() {
        return true;
    }
}
