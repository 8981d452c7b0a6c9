package io.github.litetcc.repository.jdbc;

/**
 * The JDBC log passes the repository contract on MariaDB with {@code allowMultiQueries=true} and without the trigger
 * of {@code mariadb-enlist.sql} (as on MySQL): begin and enlist as multi-statement texts, and group commit with them.
 */
class MariaDbMultiStatementWithoutTriggerTransactionRepositoryIT extends MariaDbMultiStatementTransactionRepositoryIT {

    @Override
    boolean createSchema() {
        return false;
    }
}
