package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.SchemaScript;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static io.github.litetcc.repository.jdbc.TestRecords.newTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Begin and enlist on MariaDB as one statement each through the trigger of {@code mariadb-enlist.sql}: installed with
 * the schema, used with either driver whether or not the connection accepts several statements, and atomic (a refused
 * bump, a taken key or a taken branch id writes nothing); where the trigger is missing, both take another way, and
 * where an earlier trigger serves enlist only, begin does until the script runs again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbEnlistTriggerIT {
    private final List<String> prefixes = new ArrayList<>();
    private final HikariDataSource plain = TestDatabase.MARIADB.open();
    private final HikariDataSource multi = TestDatabase.MARIADB.open(pool -> pool.addDataSourceProperty("allowMultiQueries", "true"));
    private final HikariDataSource connectorJ = TestDatabase.MARIADB_CONNECTOR_J.open();

    @AfterAll
    void close() {
        prefixes.forEach(prefix -> TestDatabase.dropTables(plain, prefix));
        plain.close();
        multi.close();
        connectorJ.close();
    }

    @Test
    void theSchemaInstallsTheTriggerAndEveryConnectionEnlistsThroughIt() {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        for (HikariDataSource dataSource : List.of(plain, multi, connectorJ)) {
            JdbcTransactionRepository repository = new JdbcTransactionRepository(dataSource, config);

            assertThat(repository.enlistsThroughTrigger()).as(dataSource.getJdbcUrl()).isTrue();
            assertThat(repository.beginsThroughTrigger()).as(dataSource.getJdbcUrl()).isTrue();
            TransactionKey key = newKey();
            assertThat(repository.create(newTransaction(key))).isEqualTo(1);
            assertThat(repository.enlist(key, branch(2))).isEqualTo(2);
            assertThat(repository.enlist(key, branch(3))).isEqualTo(3);
            GlobalTransaction stored = repository.find(key).orElseThrow();
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.branches()).hasSize(3);
        }
    }

    @Test
    void anEnlistThroughTheTriggerAfterTheDecisionWritesNothing() {
        JdbcTransactionRepository repository = new JdbcTransactionRepository(plain, freshConfig().withCreateSchema(true));
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 0, null, null, null));

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining(key.toString());

        GlobalTransaction stored = repository.find(key).orElseThrow();
        assertThat(stored.branches()).hasSize(1);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aTakenBranchIdThroughTheTriggerLeavesTheVersionUnchanged() {
        JdbcTransactionRepository repository = new JdbcTransactionRepository(plain, freshConfig().withCreateSchema(true));
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.enlist(key, branch(2));

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("already has a branch 2");

        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anEnlistForAnUnknownRecordThroughTheTriggerWritesNothing() throws SQLException {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        JdbcTransactionRepository repository = new JdbcTransactionRepository(plain, config);
        TransactionKey key = newKey();

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).hasMessageContaining(key.toString());

        assertThat(count(plain, "SELECT COUNT(*) FROM " + config.branchTable())).isZero();
    }

    @Test
    void aBeginThroughTheTriggerWritesTheHeaderOnTheDatabasesClockAndKeepsNoBeginValues() throws SQLException {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        TransactionKey key = newKey();
        new JdbcTransactionRepository(plain, config).create(newTransaction(key));

        try (Connection connection = plain.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT h.xid, h.owner_branch, h.status, h.deadline - h.created_at, "
                     + "h.next_attempt_at - h.created_at, h.owner, h.version, h.format_version, h.attempts, "
                     + "CONCAT_WS(',', b.begin_xid, b.begin_owner_branch, b.begin_timeout, b.begin_due_in, b.begin_owner, b.begin_format),"
                     + " b.enlist_version FROM " + config.transactionTable() + " h JOIN " + config.branchTable() + " b ON b.tx_key = h.tx_key")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(key.xid().toString());
            assertThat(rows.getString(2)).isEqualTo(key.owner().toString());
            assertThat(rows.getInt(3)).isEqualTo(TransactionStatus.TRYING.code());
            assertThat(rows.getLong(4)).isEqualTo(newTransaction(key).timeout().toMillis());
            assertThat(rows.getLong(5)).isEqualTo(newTransaction(key).dueIn().toMillis());
            assertThat(rows.getString(6)).isEqualTo(newTransaction(key).owner());
            assertThat(rows.getLong(7)).isEqualTo(1);
            assertThat(rows.getInt(8)).isEqualTo(RecordReader.ROW_FORMAT_VERSION);
            assertThat(rows.getInt(9)).isZero();
            assertThat(rows.getString(10)).isEmpty();
            assertThat(rows.getObject(11)).isNull();
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void aTakenKeyThroughTheTriggerWritesNothing() throws SQLException {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        JdbcTransactionRepository repository = new JdbcTransactionRepository(plain, config);
        TransactionKey key = newKey();
        repository.create(newTransaction(key));

        assertThatThrownBy(() -> repository.create(newTransaction(key))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("already exists");

        assertThat(count(plain, "SELECT COUNT(*) FROM " + config.branchTable())).isEqualTo(1);
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aTriggerThatServesEnlistOnlyLeavesBeginToTheOtherWayUntilTheScriptRunsAgain() throws SQLException {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        new JdbcTransactionRepository(plain, config);
        try (Connection connection = plain.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TRIGGER " + EnlistTrigger.triggerName(config) + " BEFORE INSERT ON "
                    + config.branchTable() + " FOR EACH ROW BEGIN IF NEW.enlist_version = 0 THEN UPDATE " + config.transactionTable()
                    + " SET version = LAST_INSERT_ID(version + 1) WHERE tx_key = NEW.tx_key AND status = 1; IF ROW_COUNT() = 0 THEN "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no TRYING record'; END IF; SET NEW.enlist_version = LAST_INSERT_ID(); "
                    + "END IF; END");
        }

        JdbcTransactionRepository earlier = new JdbcTransactionRepository(plain, config.withCreateSchema(false));
        assertThat(earlier.enlistsThroughTrigger()).isTrue();
        assertThat(earlier.beginsThroughTrigger()).isFalse();
        TransactionKey key = newKey();
        earlier.create(newTransaction(key));
        assertThat(earlier.enlist(key, branch(2))).isEqualTo(2);

        assertThat(new JdbcTransactionRepository(plain, config).beginsThroughTrigger()).isTrue();
    }

    @Test
    void insertsOtherThanATriggeredEnlistLeaveTheRecordAlone() throws SQLException {
        JdbcRepositoryConfig config = freshConfig().withCreateSchema(true);
        new JdbcTransactionRepository(plain, config).create(newTransaction(newKey()));

        try (Connection connection = plain.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT h.version, b.enlist_version FROM " + config.transactionTable()
                     + " h JOIN " + config.branchTable() + " b ON b.tx_key = h.tx_key")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(1);
            assertThat(rows.getObject(2)).isNull();
        }
    }

    @Test
    void withoutTheTriggerEnlistTakesTheTwoStatementWayAndStillBumpsTheVersion() throws SQLException {
        JdbcRepositoryConfig config = freshConfig();
        try (Connection connection = plain.getConnection()) {
            SchemaScript.load(JdbcDialect.MYSQL.logScript()).run(connection, config.tablePrefix());
        }
        JdbcTransactionRepository repository = new JdbcTransactionRepository(plain, config);
        assertThat(repository.enlistsThroughTrigger()).isFalse();
        assertThat(repository.beginsThroughTrigger()).isFalse();
        assertThat(repository.writesEnlistInOneRoundTrip()).isFalse();
        TransactionKey key = newKey();
        repository.create(newTransaction(key));

        assertThat(repository.enlist(key, branch(2))).isEqualTo(2);
        repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.CANCELLING, 0, null, null, null));
        assertThatThrownBy(() -> repository.enlist(key, branch(3))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.find(key).orElseThrow().branches()).hasSize(2);
    }

    private JdbcRepositoryConfig freshConfig() {
        String prefix = TestDatabase.uniquePrefix();
        prefixes.add(prefix);
        return JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix);
    }

    private static long count(HikariDataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
