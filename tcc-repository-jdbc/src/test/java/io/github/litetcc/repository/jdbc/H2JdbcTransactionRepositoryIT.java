package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log's own behaviour on H2. */
class H2JdbcTransactionRepositoryIT extends JdbcTransactionRepositoryBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
