package io.github.litetcc.fence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import io.github.litetcc.jdbc.TestDatabase;

import java.util.function.Consumer;

/** Racing fenced phases on MariaDB, the participant's pool at READ COMMITTED. */
class MariaDbReadCommittedFenceConcurrencyIT extends FenceConcurrencyBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    String pause(int millis) {
        return "DO SLEEP(" + millis / 1000.0 + ")";
    }

    @Override
    Consumer<HikariConfig> pool() {
        return config -> config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }
}
