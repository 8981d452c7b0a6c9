package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.github.litetcc.repository.jdbc.TestRecords.branch;
import static io.github.litetcc.repository.jdbc.TestRecords.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two recovery nodes — two repositories on two pools of one database — claim the same due records at once, the
 * way recovery does: find the due records, then compare-and-set each at the version read, taking a lease.
 * Each record is claimed by exactly one node, and a claimed record is no longer due.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecoveryRaceBehaviour {
    private static final int RECORDS = 100;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private final String prefix = TestDatabase.uniquePrefix();
    private HikariDataSource nodeA;
    private HikariDataSource nodeB;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        nodeA = database().open(config -> config.setPoolName("node-a"));
        nodeB = database().open(config -> config.setPoolName("node-b"));
    }

    @AfterAll
    void stop() {
        if (nodeA != null) {
            TestDatabase.dropTables(nodeA, prefix);
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void twoNodesClaimingTheSameDueRecordsClaimEachExactlyOnce() {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true);
        JdbcTransactionRepository first = new JdbcTransactionRepository(nodeA, config);
        JdbcTransactionRepository second = new JdbcTransactionRepository(nodeB, config);
        Set<TransactionKey> keys = new HashSet<>();
        for (int i = 0; i < RECORDS; i++) {
            TransactionKey key = newKey();
            first.create(new NewTransaction(key, Duration.ofMillis(20), Duration.ZERO, "dead-starter", branch(1)));
            keys.add(key);
        }
        await("every record's deadline passed on the database's clock").atMost(Duration.ofSeconds(10))
                .until(() -> second.findDue(RECORDS * 2).records().stream().filter(r -> keys.contains(r.key())).count() == RECORDS);

        List<List<TransactionKey>> claims = race(List.of(() -> claimAll(first, "node-a", false), () -> claimAll(second, "node-b", true)));

        assertThat(claims.get(0)).doesNotContainAnyElementsOf(claims.get(1));
        assertThat(concat(claims)).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(first.findDue(RECORDS * 2).records()).extracting(GlobalTransaction::key).doesNotContainAnyElementsOf(keys);
        claims.get(1).forEach(key -> assertThat(first.find(key).orElseThrow().owner()).isEqualTo("node-b"));
        claims.get(0).forEach(key -> assertThat(second.find(key).orElseThrow().owner()).isEqualTo("node-a"));
    }

    /**
     * One recovery pass of a node: claims (TRYING past its deadline → CANCELLING, leased) what it finds due, in the
     * order found or in reverse, so that the two nodes meet in the middle.
     */
    private static List<TransactionKey> claimAll(TransactionRepository repository, String node, boolean reversed) {
        List<TransactionKey> claimed = new ArrayList<>();
        List<GlobalTransaction> due = new ArrayList<>(repository.findDue(RECORDS * 2).records());
        if (reversed) {
            java.util.Collections.reverse(due);
        }
        for (GlobalTransaction record : due) {
            RecordUpdate claim = new RecordUpdate(TransactionStatus.CANCELLING, record.attempts() + 1, LEASE, node, null);
            if (record.status() == TransactionStatus.TRYING && repository.compareAndSet(record.key(), record.version(), claim)) {
                claimed.add(record.key());
            }
        }
        return claimed;
    }

    private static List<List<TransactionKey>> race(List<java.util.concurrent.Callable<List<TransactionKey>>> nodes) {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<TransactionKey>>> running = nodes.stream().map(node -> pool.submit(() -> {
                go.await();
                return node.call();
            })).toList();
            go.countDown();
            await("both nodes finished their pass").atMost(Duration.ofSeconds(60)).until(() -> running.stream().allMatch(Future::isDone));
            return IntStream.range(0, running.size()).mapToObj(i -> resultOf(running.get(i))).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<TransactionKey> concat(List<List<TransactionKey>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }

    private static <T> T resultOf(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("A node's pass failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
