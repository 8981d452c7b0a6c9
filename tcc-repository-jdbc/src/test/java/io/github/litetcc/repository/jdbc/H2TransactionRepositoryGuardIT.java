package io.github.litetcc.repository.jdbc;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.jdbc.TestSchema;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static io.github.litetcc.repository.jdbc.TestRecords.newTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC log is as strict as the in-memory one: the state machine is part of every guarded write's
 * {@code WHERE} clause, and bad arguments are refused before any statement runs. The guards are plain SQL,
 * the same on every dialect, so H2 shows them.
 */
class H2TransactionRepositoryGuardIT {
    private final TestSchema schema = TestSchema.of(getClass(), TestDatabase.H2);
    private final JdbcTransactionRepository repository = new JdbcTransactionRepository(schema.dataSource(), schema.config());

    @AfterAll
    static void dropTables(TestInfo info) {
        TestSchema.dropFor(info);
    }

    @Test
    void missingArgumentsAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> repository.create(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("transaction");
        assertThatThrownBy(() -> repository.enlist(null, branch(2))).isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> repository.find(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> repository.list(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("query");
        assertThatThrownBy(() -> repository.findDue(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> new JdbcTransactionRepository(null, schema.config()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataSource");
    }

    @Test
    void onlyAFreshlyEnlistedBranchIsAccepted() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        Branch done = branch(2).withStatus(BranchStatus.CONFIRMED);

        assertThatThrownBy(() -> repository.enlist(key, done)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ENLISTED");
        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("1"), BranchStatus.ENLISTED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void compareAndSetRefusesAnIllegalTransitionButChecksTheVersionFirst() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        RecordUpdate confirmed = new RecordUpdate(TransactionStatus.CONFIRMED, 0, null, null, null);

        assertThat(repository.compareAndSet(key, 7, confirmed)).isFalse();
        assertThatThrownBy(() -> repository.compareAndSet(key, 1, confirmed)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("TRYING");
        assertThat(repository.find(key).orElseThrow().status()).isEqualTo(TransactionStatus.TRYING);
    }

    @Test
    void aClaimKeepsTheStatusAndIsNoTransition() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ZERO, null, null));

        assertThat(repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.CONFIRMING, 1, Duration.ofMinutes(1), "node-b", null)))
                .isTrue();
    }

    @Test
    void finishAcceptsOnlyTheTerminalStatusOfTheRecordsDirection() {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ZERO, null, null));

        assertThatThrownBy(() -> repository.finish(key, 2, TransactionStatus.CONFIRMING)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> repository.finish(key, 2, TransactionStatus.CANCELLED)).isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.finish(key, 2, TransactionStatus.CONFIRMED)).isTrue();
    }

    @Test
    void aRecordWithAnUnknownStatusRefusesChangesAsCorrupt() throws SQLException {
        TransactionKey key = newKey();
        repository.create(newTransaction(key));
        try (Connection connection = schema.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + schema.prefix() + "transaction SET status = 99 WHERE tx_key = '" + key + "'");
        }

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 0, null, null, null)))
                .isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> repository.finish(key, 1, TransactionStatus.CANCELLED)).isInstanceOf(CorruptRecordException.class);
    }
}
