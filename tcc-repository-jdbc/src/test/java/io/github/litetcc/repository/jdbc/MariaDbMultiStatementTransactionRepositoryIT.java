package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import io.github.litetcc.jdbc.TestDatabase;

/** The JDBC log passes the repository contract on MariaDB with {@code allowMultiQueries=true}: begin and enlist in one round trip. */
class MariaDbMultiStatementTransactionRepositoryIT extends JdbcTransactionRepositoryContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    void configurePool(HikariConfig pool) {
        pool.addDataSourceProperty("allowMultiQueries", "true");
    }
}
