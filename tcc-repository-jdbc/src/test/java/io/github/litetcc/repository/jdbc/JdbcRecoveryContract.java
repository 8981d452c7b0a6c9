package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.RecoveryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Core's recovery passes on one database, with tables of its own: each node is a repository on a pool of its own.
 * Bad bytes go where the log decodes them: the branch id column gets bytes that are no branch id (the try
 * arguments are opaque to the log, and decoded by the branch's invoker).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRecoveryContract extends RecoveryContract<HikariDataSource> {
    private static final String BAD_BRANCH_ID = "\u0001\u0007x!";
    private final String prefix = TestDatabase.uniquePrefix();

    abstract TestDatabase database();

    @Override
    protected HikariDataSource connect(String nodeId) {
        return database().open(config -> config.setPoolName(nodeId));
    }

    @Override
    protected TransactionRepository repositoryOn(HikariDataSource pool) {
        return new JdbcTransactionRepository(pool, JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true));
    }

    @Override
    protected void damageBytes(HikariDataSource pool, TransactionKey key) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE " + prefix + "branch SET branch_id = ? WHERE tx_key = ?")) {
            statement.setString(1, BAD_BRANCH_ID);
            statement.setString(2, key.toString());
            if (statement.executeUpdate() != 1) {
                throw new AssertionError("No branch row of " + key + " to damage");
            }
        } catch (SQLException e) {
            throw new AssertionError("Damaging " + key + " failed", e);
        }
    }

    @AfterAll
    void dropTables() {
        try (HikariDataSource pool = database().open()) {
            TestDatabase.dropTables(pool, prefix);
        }
    }
}
