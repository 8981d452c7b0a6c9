package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.DueRecords;
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
 * What the JDBC log does beyond the repository contract, on each database: the guarded two-statement writes,
 * the payload limit, corrupt rows reported apart by {@code findDue}, the database's clock, archiving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTransactionRepositoryBehaviour {
    private static final Duration LATER = Duration.ofMinutes(5);
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
        TestDatabase.dropTables(dataSource, prefix);
        dataSource.close();
    }

    @Test
    void createWritesATryingRecordAtVersionOneWithItsFirstBranch() {
        TransactionKey key = newKey();
        Instant before = repository.now();

        assertThat(repository.create(newTransaction(key))).isEqualTo(1);

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.branches()).containsExactly(branch(1));
        assertThat(record.owner()).isEqualTo("node-a");
        assertThat(record.deadline()).isBetween(before.plus(Duration.ofMinutes(1)), repository.now().plus(Duration.ofMinutes(1)));
        assertThat(record.nextAttemptAt()).isEqualTo(record.deadline().plus(Duration.ofMinutes(1)));
    }

    @Test
    void createRefusesAKeyThatExists() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));

        assertThatThrownBy(() -> repository.create(newTransaction(key))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining(key.toString());
    }

    @Test
    void enlistAppendsABranchAndReturnsTheBumpedVersion() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));

        assertThat(repository.enlist(key, branch(2))).isEqualTo(2);
        assertThat(repository.enlist(key, branch(3))).isEqualTo(3);

        assertThat(repository.find(key).orElseThrow().branches()).containsExactly(branch(1), branch(2), branch(3));
    }

    @Test
    void enlistOfAnUnknownRecordThrowsNoSuchTransaction() {
        assertThatThrownBy(() -> repository.enlist(newKey(), branch(1))).isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void enlistAfterTheDecisionLosesWithoutWritingTheBranch() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 0, LATER, "node-a", null));

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("CANCELLING");
        assertThat(repository.find(key).orElseThrow().branches()).containsExactly(branch(1));
    }

    @Test
    void enlistOfATakenBranchIdLosesWithoutBumpingTheVersion() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));

        assertThatThrownBy(() -> repository.enlist(key, branch(1))).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("already has a branch 1");
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
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
    void argumentsAtThePayloadLimitAreStoredWhole() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        byte[] arguments = new byte[1024];
        arguments[1023] = 7;

        repository.enlist(key, Branch.local(BranchId.ROOT.child(2), TestRecords.RESERVE, arguments));

        assertThat(repository.find(key).orElseThrow().findBranch(BranchId.parse("2")).orElseThrow().arguments()).isEqualTo(arguments);
    }

    @Test
    void compareAndSetAppliesOnlyAtTheExpectedVersion() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        RecordUpdate confirming = new RecordUpdate(TransactionStatus.CONFIRMING, 1, LATER, "node-b", "boom");

        assertThat(repository.compareAndSet(key, 2, confirming)).isFalse();
        assertThat(repository.compareAndSet(key, 1, confirming)).isTrue();
        assertThat(repository.compareAndSet(key, 1, confirming)).isFalse();

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.status()).isEqualTo(TransactionStatus.CONFIRMING);
        assertThat(record.version()).isEqualTo(2);
        assertThat(record.attempts()).isEqualTo(1);
        assertThat(record.owner()).isEqualTo("node-b");
        assertThat(record.lastError()).isEqualTo("boom");
    }

    @Test
    void aParkedRecordIsNeverDue() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 3, Duration.ZERO, null, null));
        assertThat(keysOf(repository.findDue(1000))).contains(key);

        repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.PARKED_CANCELLING, 3, null, null, "gave up"));

        assertThat(repository.find(key).orElseThrow().nextAttemptAt()).isNull();
        assertThat(keysOf(repository.findDue(1000))).doesNotContain(key);
    }

    @Test
    void recordBranchStatusIsIdempotentAndRefusesTheOtherResult() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        BranchId first = BranchId.parse("1");

        repository.recordBranchStatus(key, first, BranchStatus.CANCELLED);
        repository.recordBranchStatus(key, first, BranchStatus.CANCELLED);

        assertThatThrownBy(() -> repository.recordBranchStatus(key, first, BranchStatus.CONFIRMED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("9"), BranchStatus.CANCELLED))
                .isInstanceOf(NoSuchTransactionException.class);
        assertThat(repository.find(key).orElseThrow().branches().get(0).status()).isEqualTo(BranchStatus.CANCELLED);
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void attachTryContextStoresItWhileTryingOnly() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        BranchId first = BranchId.parse("1");

        repository.attachTryContext(key, first, new byte[] {1, 2, 3});
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, LATER, "node-a", null));

        assertThat(repository.find(key).orElseThrow().branches().get(0).tryContext()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> repository.attachTryContext(key, first, new byte[] {4}))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> repository.attachTryContext(newKey(), first, new byte[] {4}))
                .isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void finishRemovesTheRecordAtTheExpectedVersionOnly() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.enlist(key, branch(2));

        assertThat(repository.finish(key, 1, TransactionStatus.CANCELLED)).isFalse();
        assertThat(repository.finish(key, 2, TransactionStatus.CANCELLED)).isTrue();

        assertThat(repository.find(key)).isEmpty();
        assertThat(countRows(dataSource, prefix + "branch", key)).isZero();
    }

    @Test
    void findDueReturnsDueRecordsOldestFirstAndNotTheOthers() {
        TransactionKey later = newKey();
        TransactionKey sooner = newKey();
        TransactionKey notDue = newKey();
        for (TransactionKey key : List.of(later, sooner, notDue)) {
            repository.create(newTransaction(key));
        }
        repository.compareAndSet(later, 1, new RecordUpdate(TransactionStatus.CANCELLING, 0, Duration.ZERO, null, null));
        repository.compareAndSet(sooner, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ZERO, null, null));
        shiftNextAttempt(sooner, -60_000);

        List<TransactionKey> due = keysOf(repository.findDue(1000));

        assertThat(due).containsSubsequence(sooner, later).doesNotContain(notDue);
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

    private void shiftNextAttempt(TransactionKey key, long millis) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE " + prefix + "transaction SET next_attempt_at = next_attempt_at + ? WHERE tx_key = ?")) {
            statement.setLong(1, millis);
            statement.setString(2, key.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
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
