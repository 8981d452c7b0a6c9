package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** Core's recovery passes on H2: two nodes racing for the same due records, and a record with bad bytes. */
class H2RecoveryIT extends JdbcRecoveryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
