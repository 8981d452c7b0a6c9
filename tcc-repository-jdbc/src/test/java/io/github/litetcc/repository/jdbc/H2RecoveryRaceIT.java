package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.TestDatabase;

/** Two recovery nodes racing for the same due records on H2. */
class H2RecoveryRaceIT extends RecoveryRaceBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
