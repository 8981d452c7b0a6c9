package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The fenced phase's own and joined transactions on H2. */
class H2FenceTransactionTest extends JdbcFenceTransactionBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
