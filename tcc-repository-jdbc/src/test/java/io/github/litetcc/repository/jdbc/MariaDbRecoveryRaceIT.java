package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** Two recovery nodes racing for the same due records on MariaDB. */
class MariaDbRecoveryRaceIT extends RecoveryRaceBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
