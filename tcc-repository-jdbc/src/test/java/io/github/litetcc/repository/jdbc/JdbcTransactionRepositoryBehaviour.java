package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static io.github.litetcc.repository.jdbc.TestRecords.newTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the JDBC log does beyond the repository contract, on each database: the payload limit, every kind of
 * corrupt row reported apart by {@code findDue}, the database's clock, the branch rows of a finished record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTransactionRepositoryBehaviour {
    private final String prefix = TestDatabase.uniquePrefix();
    private HikariDataSource dataSource;
    private JdbcTransactionRepository repository;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        dataSource = database().open();
        repository = new JdbcTransactionRepository(dataSource,
                JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true).withMaxPayloadBytes(1024));
    }

    @AfterAll
    void stop() {
        if (dataSource != null) {
            TestDatabase.dropTables(dataSource, prefix);
            dataSource.close();
        }
    }

    @Test
    void enlistOverThePayloadLimitIsRefusedNamingTheLimitAndWritesNothing() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        Branch big = Branch.local(BranchId.ROOT.child(2), TestRecords.RESERVE, new byte[1025]);

        assertThatThrownBy(() -> repository.enlist(key, big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1025 bytes").hasMessageContaining("limit of 1024 bytes");
        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.branches()).hasSize(1);
    }

    @Test
    void aFirstBranchOrATryContextOverThePayloadLimitIsRefusedAndWritesNothing() {
        TransactionKey key = newKey();
        Branch big = Branch.local(BranchId.ROOT.child(1), TestRecords.RESERVE, new byte[2048]);

        assertThatThrownBy(() -> repository.create(new NewTransaction(key, Duration.ofMinutes(1), Duration.ZERO, "node-a", big)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit of 1024 bytes");
        assertThat(repository.find(key)).isEmpty();
        repository.create(newTransaction(key));
        assertThatThrownBy(() -> repository.attachTryContext(key, BranchId.parse("1"), new byte[1025]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxPayloadBytes");
        assertThat(repository.find(key).orElseThrow().branches().get(0).tryContext()).isNull();
    }

    @Test
    void argumentsAtThePayloadLimitAreStoredWhole() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        byte[] arguments = new byte[1024];
        arguments[1023] = 7;

        repository.enlist(key, Branch.local(BranchId.ROOT.child(2), TestRecords.RESERVE, arguments));

        assertThat(repository.find(key).orElseThrow().findBranch(BranchId.parse("2")).orElseThrow().arguments()).isEqualTo(arguments);
    }

    @Test
    void aRecordMovedToATerminalStatusIsNeverDueWhateverNextAttemptItWasGiven() {
        TransactionKey key = dueRecord();

        repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.CONFIRMED, 1, Duration.ZERO, null, null));

        assertThat(repository.find(key).orElseThrow().nextAttemptAt()).isNull();
        assertThat(keysOf(repository.findDue(1000))).doesNotContain(key);
    }

    @Test
    void finishDeletesTheBranchRowsWithTheHeader() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.enlist(key, branch(2));
        repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.CANCELLING, 0, Duration.ZERO, null, null));

        assertThat(repository.finish(key, 3, TransactionStatus.CANCELLED)).isTrue();

        assertThat(repository.find(key)).isEmpty();
        assertThat(countRows(dataSource, prefix + "branch", key)).isZero();
    }

    @Test
    void nowReadsTheDatabaseClock() throws SQLException {
        Instant before = databaseNow();
        Instant now = repository.now();

        assertThat(now).isBetween(before, databaseNow());
    }

    @Test
    void findOfACorruptRowThrowsCorruptRecordNamingTheKey() throws SQLException {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        update("UPDATE " + prefix + "transaction SET status = 99 WHERE tx_key = ?", key);

        assertThatThrownBy(() -> repository.find(key)).isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining(key.toString()).hasMessageContaining("99");
    }

    @Test
    void findDueReportsCorruptRowsWithTheirKeysAndReturnsTheRest() throws SQLException {
        TransactionKey healthy = dueRecord();
        TransactionKey unknownStatus = dueRecord();
        TransactionKey wrongFormat = dueRecord();
        TransactionKey badBranchKind = dueRecord();
        TransactionKey badBranchId = dueRecord();
        update("UPDATE " + prefix + "transaction SET status = 99 WHERE tx_key = ?", unknownStatus);
        update("UPDATE " + prefix + "transaction SET format_version = 9 WHERE tx_key = ?", wrongFormat);
        update("UPDATE " + prefix + "branch SET kind = 77 WHERE tx_key = ?", badBranchKind);
        update("UPDATE " + prefix + "branch SET branch_id = 'x.y' WHERE tx_key = ?", badBranchId);

        DueRecords due = repository.findDue(1000);

        assertThat(keysOf(due)).contains(healthy).doesNotContain(unknownStatus, wrongFormat, badBranchKind, badBranchId);
        assertThat(due.corrupt()).extracting(c -> c.key())
                .contains(unknownStatus, wrongFormat, badBranchKind, badBranchId).doesNotContain(healthy);
        assertThat(due.corrupt()).anySatisfy(c -> assertThat(c.problem()).contains("format version 9"));
        repository.postpone(unknownStatus, Duration.ofHours(1));
        assertThat(repository.findDue(1000).corrupt()).extracting(c -> c.key()).doesNotContain(unknownStatus);
    }

    private TransactionKey dueRecord() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ZERO, null, null));
        return key;
    }

    private void update(String sql, TransactionKey key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key.toString());
            assertThat(statement.executeUpdate()).isPositive();
        }
    }

    private Instant databaseNow() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT " + repository.dialect().nowMillis())) {
            rows.next();
            return Instant.ofEpochMilli(rows.getLong(1));
        }
    }

    static int countRows(javax.sql.DataSource dataSource, String table, TransactionKey key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tx_key = ?")) {
            statement.setString(1, key.toString());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static List<TransactionKey> keysOf(DueRecords due) {
        return due.records().stream().map(GlobalTransaction::key).toList();
    }
}
