package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.SchemaScript;
import io.github.litetcc.jdbc.SingleConnectionDataSource;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static io.github.litetcc.repository.jdbc.TestRecords.newTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Begin and enlist on MariaDB as one multi-statement text, where the trigger of {@code mariadb-enlist.sql} is not
 * installed (as on MySQL): used only when the connection accepts one, and a text whose statement fails leaves no
 * transaction open on the pooled connection and nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbMultiStatementWritesIT {
    private final String prefix = TestDatabase.uniquePrefix();
    private final JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix);
    private final HikariDataSource multi = TestDatabase.MARIADB.open(pool -> pool.addDataSourceProperty("allowMultiQueries", "true"));
    private final HikariDataSource plain = TestDatabase.MARIADB.open();

    @BeforeAll
    void createTablesWithoutTheTrigger() throws SQLException {
        try (Connection connection = plain.getConnection()) {
            SchemaScript.load(JdbcDialect.MYSQL.logScript()).run(connection, prefix);
        }
    }

    @AfterAll
    void close() {
        TestDatabase.dropTables(plain, prefix);
        multi.close();
        plain.close();
    }

    @Test
    void beginTakesOneRoundTripOnlyWhereTheConnectionAcceptsSeveralStatements() {
        assertThat(new JdbcTransactionRepository(multi, config).writesBeginInOneRoundTrip()).isTrue();
        assertThat(new JdbcTransactionRepository(plain, config).writesBeginInOneRoundTrip()).isFalse();
        try (HikariDataSource connectorJ = TestDatabase.MARIADB_CONNECTOR_J.open(pool -> pool.addDataSourceProperty("allowMultiQueries", "true"))) {
            assertThat(new JdbcTransactionRepository(connectorJ, config).writesBeginInOneRoundTrip()).isTrue();
        }
    }

    @Test
    void aFailedTextIsRolledBackAndLeavesNoTransactionOpen() throws SQLException {
        try (Connection connection = multi.getConnection()) {
            JdbcTransactionRepository repository = new JdbcTransactionRepository(new SingleConnectionDataSource(connection), config);
            TransactionKey key = newKey();
            repository.create(newTransaction(key));

            assertThatThrownBy(() -> repository.create(newTransaction(key))).isInstanceOf(ConcurrentUpdateException.class)
                    .hasMessageContaining("already exists");
            assertThat(inTransaction(connection)).isFalse();
            assertThatThrownBy(() -> repository.enlist(key, branch(1))).isInstanceOf(ConcurrentUpdateException.class)
                    .hasMessageContaining("already has a branch 1");
            assertThat(inTransaction(connection)).isFalse();
            assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void anEnlistAfterTheDecisionWritesNothing() {
        JdbcTransactionRepository repository = new JdbcTransactionRepository(multi, config);
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 0, null, null, null));

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(repository.find(key).orElseThrow().branches()).hasSize(1);
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(2);
    }

    private static boolean inTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT @@in_transaction")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }
}
