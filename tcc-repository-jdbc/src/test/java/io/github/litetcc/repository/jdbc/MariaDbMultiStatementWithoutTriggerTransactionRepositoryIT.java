package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import io.github.litetcc.jdbc.TestDatabase;

/**
 * The JDBC log passes the repository contract on MariaDB with {@code allowMultiQueries=true} and without the trigger
 * of {@code mariadb-enlist.sql} (as on MySQL): begin and enlist as multi-statement texts, and group commit with them.
 */
class MariaDbMultiStatementWithoutTriggerTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    void configurePool(HikariConfig pool) {
        pool.addDataSourceProperty("allowMultiQueries", "true");
    }

    @Override
    boolean createSchema() {
        return false;
    }
}
