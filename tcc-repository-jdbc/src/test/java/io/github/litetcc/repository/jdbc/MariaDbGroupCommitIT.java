package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.jdbc.GatedDataSource;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static io.github.litetcc.repository.jdbc.TestRecords.newTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit on MariaDB: writes that queue behind the sends in flight go as one transaction, and each caller gets
 * what it would have got alone, whether its write succeeded, changed nothing, failed on a statement (the batch is then
 * rolled back and every write runs again alone) or lost its connection. Two lone writes are held at the data
 * source's door to make the queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbGroupCommitIT {
    private static final RecordUpdate CONFIRMING = new RecordUpdate(TransactionStatus.CONFIRMING, 1, Duration.ofMinutes(1), "node-a", null);
    private final String prefix = TestDatabase.uniquePrefix();
    private final HikariDataSource pool = TestDatabase.MARIADB.open(p -> p.addDataSourceProperty("allowMultiQueries", "true"));
    private final GatedDataSource gated = new GatedDataSource(pool);
    private final JdbcTransactionRepository repository = new JdbcTransactionRepository(gated,
            JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true));
    private final GroupCommit groupCommit = repository.groupCommit().orElseThrow();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void releaseTheGate() {
        gated.release();
    }

    @AfterAll
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(1, TimeUnit.MINUTES);
        TestDatabase.dropTables(pool, prefix);
        pool.close();
    }

    @Test
    void groupsCommitsOnlyWhereSeveralStatementsGoInOneText() {
        assertThat(repository.groupCommit()).isPresent();
        try (HikariDataSource plain = TestDatabase.MARIADB.open()) {
            assertThat(new JdbcTransactionRepository(plain, JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix)).groupCommit()).isEmpty();
        }
        assertThat(new JdbcTransactionRepository(pool, JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withMaxWritesPerCommit(1))
                .groupCommit()).isEmpty();
    }

    @Test
    void aWriteWithNothingInFlightRunsAloneOnOneConnection() {
        TransactionKey key = newKey();
        List<Runnable> writes = List.of(
                () -> repository.create(newTransaction(key)),
                () -> repository.enlist(key, branch(2)),
                () -> repository.compareAndSet(key, 2, CONFIRMING),
                () -> repository.recordBranchStatus(key, branch(2).id(), io.github.litetcc.model.BranchStatus.CONFIRMED),
                () -> repository.finish(key, 3, TransactionStatus.CONFIRMED));
        long batchesBefore = groupCommit.batchesSent();

        for (Runnable write : writes) {
            int before = gated.handedOut();
            write.run();
            assertThat(gated.handedOut()).isEqualTo(before + 1);
        }
        assertThat(groupCommit.batchesSent()).isEqualTo(batchesBefore);
        assertThat(repository.find(key)).isEmpty();
    }

    @Test
    void writesQueuedBehindTheSendsInFlightGoAsOneTransactionAndEachIsWritten() throws Exception {
        List<TransactionKey> keys = IntStream.range(0, 8).mapToObj(i -> newKey()).toList();
        long batchesBefore = groupCommit.batchesSent();

        List<Future<Long>> created = queueBehindTwoHeldWrites(keys.stream()
                .<Callable<Long>>map(key -> () -> repository.create(newTransaction(key))).toList());

        for (Future<Long> future : created) {
            assertThat(future.get(1, TimeUnit.MINUTES)).isEqualTo(1L);
        }
        assertThat(groupCommit.batchesSent()).isEqualTo(batchesBefore + 1);
        for (TransactionKey key : keys) {
            assertThat(repository.find(key).orElseThrow().branches()).hasSize(1);
        }
    }

    @Test
    void aProtocolRunFromManyThreadsGivesEveryCallerItsOwnAnswer() throws Exception {
        List<Callable<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            runs.add(() -> {
                for (int round = 0; round < 25; round++) {
                    TransactionKey key = newKey();
                    repository.create(newTransaction(key));
                    long version = repository.enlist(key, branch(2));
                    assertThat(repository.compareAndSet(key, version - 1, CONFIRMING)).isFalse();
                    assertThat(repository.compareAndSet(key, version, CONFIRMING)).isTrue();
                    repository.recordBranchStatus(key, branch(2).id(), io.github.litetcc.model.BranchStatus.CONFIRMED);
                    assertThat(repository.finish(key, version + 1, TransactionStatus.CONFIRMED)).isTrue();
                    assertThat(repository.find(key)).isEmpty();
                }
                return true;
            });
        }
        for (Future<Boolean> run : threads.invokeAll(runs)) {
            assertThat(run.get()).isTrue();
        }
        assertThat(groupCommit.writesSentTogether()).isPositive();
    }

    @Test
    void aBatchWithAFailingStatementIsRolledBackAndEveryWriteThenRunsAlone() throws Exception {
        TransactionKey taken = newKey();
        TransactionKey decided = newKey();
        TransactionKey trying = newKey();
        TransactionKey fresh = newKey();
        repository.create(newTransaction(taken));
        repository.create(newTransaction(decided));
        repository.compareAndSet(decided, 1, CONFIRMING);
        repository.create(newTransaction(trying));
        long batchesBefore = groupCommit.batchesSent();

        List<Future<Object>> answers = queueBehindTwoHeldWrites(List.of(
                () -> repository.create(newTransaction(fresh)),
                () -> repository.create(newTransaction(taken)),
                () -> repository.enlist(decided, branch(2)),
                () -> repository.enlist(trying, branch(2))));

        assertThat(answers.get(0).get(1, TimeUnit.MINUTES)).isEqualTo(1L);
        assertThatThrownBy(() -> answers.get(1).get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> answers.get(2).get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("no longer TRYING");
        assertThat(answers.get(3).get(1, TimeUnit.MINUTES)).isEqualTo(2L);
        assertThat(groupCommit.batchesSent()).isEqualTo(batchesBefore + 1);
        assertThat(repository.find(fresh).orElseThrow().version()).isEqualTo(1);
        assertThat(repository.find(taken).orElseThrow().version()).isEqualTo(1);
        assertThat(repository.find(decided).orElseThrow().branches()).hasSize(1);
        assertThat(repository.find(trying).orElseThrow().branches()).hasSize(2);
    }

    @Test
    void aGuardedWriteThatChangedNothingInABatchIsExplainedAsAlone() throws Exception {
        TransactionKey stale = newKey();
        TransactionKey illegal = newKey();
        TransactionKey absent = newKey();
        repository.create(newTransaction(stale));
        repository.create(newTransaction(illegal));

        List<Future<Boolean>> answers = queueBehindTwoHeldWrites(List.of(
                () -> repository.compareAndSet(stale, 7, CONFIRMING),
                () -> repository.finish(illegal, 1, TransactionStatus.CONFIRMED),
                () -> repository.finish(absent, 1, TransactionStatus.CANCELLED)));

        assertThat(answers.get(0).get(1, TimeUnit.MINUTES)).isFalse();
        assertThatThrownBy(() -> answers.get(1).get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is TRYING");
        assertThat(answers.get(2).get(1, TimeUnit.MINUTES)).isFalse();
        GlobalTransaction unchanged = repository.find(illegal).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(repository.find(stale).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aBatchThatLosesItsConnectionFailsEachWriteAndWritesNothing() throws Exception {
        List<TransactionKey> keys = List.of(newKey(), newKey(), newKey());
        long batchesBefore = groupCommit.batchesSent();
        gated.breakNext();
        gated.breakNext();
        gated.breakNext();

        List<Future<Long>> answers = queueBehindTwoHeldWrites(keys.stream()
                .<Callable<Long>>map(key -> () -> repository.create(newTransaction(key))).toList());

        for (Future<Long> answer : answers) {
            assertThatThrownBy(() -> answer.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(RepositoryUnavailableException.class);
        }
        assertThat(groupCommit.batchesSent()).isEqualTo(batchesBefore + 1);
        for (TransactionKey key : keys) {
            assertThat(repository.find(key)).isEmpty();
        }
    }

    /**
     * Holds two lone writes (creates of their own) at the data source's door, queues {@code writes} behind them, then
     * lets the two through; the queued writes go as one batch. The held writes and the batch take the next three
     * connections, so three connections broken beforehand are theirs.
     */
    private <T> List<Future<T>> queueBehindTwoHeldWrites(List<Callable<T>> writes) {
        gated.holdNext(2);
        for (int i = 0; i < 2; i++) {
            threads.submit(() -> repository.create(newTransaction(newKey())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> gated.held() == 2);
        List<Future<T>> answers = new ArrayList<>();
        for (Callable<T> write : writes) {
            answers.add(threads.submit(write));
            await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waitingWrites() == answers.size());
        }
        gated.release();
        return answers;
    }
}
