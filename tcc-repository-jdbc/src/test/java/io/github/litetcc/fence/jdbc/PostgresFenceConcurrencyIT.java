package io.github.litetcc.fence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import io.github.litetcc.jdbc.TestDatabase;

import java.util.function.Consumer;

/** Racing fenced phases on PostgreSQL, the participant's pool at REPEATABLE READ (the fence forces READ COMMITTED). */
class PostgresFenceConcurrencyIT extends FenceConcurrencyBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    String pause(int millis) {
        return "SELECT pg_sleep(" + millis / 1000.0 + ")";
    }

    @Override
    Consumer<HikariConfig> pool() {
        return config -> config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
    }
}
