package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC fence passes the fence contract on H2. */
class H2FenceIT extends JdbcFenceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
