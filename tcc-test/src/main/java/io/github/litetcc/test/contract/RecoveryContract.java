package io.github.litetcc.test.contract;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.spi.TransactionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Core's recovery pass ({@code TransactionRecovery.runOnce()}, through {@link LiteTcc}) on a real store: two
 * nodes racing over the same due records drive each exactly once, and a record whose stored bytes are damaged
 * is reported, kept and postponed while the records around it are finished. Extend it with the store's three
 * hooks and run it like any JUnit 5 test class; the store may hold other tests' records.
 *
 * @param <C> what one node holds open on the store (a pool, a connection); closed after each test
 */
public abstract class RecoveryContract<C extends AutoCloseable> {
    private static final int RACED_RECORDS = 60;
    private static final Duration PASSES_TIMEOUT = Duration.ofSeconds(60);
    private final Deque<AutoCloseable> opened = new ConcurrentLinkedDeque<>();

    /** Opens a node's own connections to the store under test (every call reaches the same store). */
    protected abstract C connect(String nodeId);

    /** The repository of a node on {@code connection}. */
    protected abstract TransactionRepository repositoryOn(C connection);

    /**
     * Overwrites the stored bytes of the record of {@code key} in place (an SQL UPDATE, an HSET…) with bytes no
     * decoder accepts, keeping its status and due time.
     */
    protected abstract void damageBytes(C connection, TransactionKey key);

    @AfterEach
    void closeNodes() throws Exception {
        for (AutoCloseable closeable = opened.pollLast(); closeable != null; closeable = opened.pollLast()) {
            closeable.close();
        }
    }

    @Test
    void twoRecoveryNodesRacingOverTheSameDueRecordsDriveEachExactlyOnce() throws Exception {
        CountingInvoker invoker = new CountingInvoker();
        RecoveryNode<C> first = node("recovery-a", invoker, TransactionListener.NONE);
        RecoveryNode<C> second = node("recovery-b", invoker, TransactionListener.NONE);
        List<TransactionKey> keys = new ArrayList<>();
        for (int i = 0; i < RACED_RECORDS; i++) {
            keys.add(dueRecord(first.repository(), i % 2 == 0 ? TransactionStatus.CONFIRMING : TransactionStatus.CANCELLING));
        }

        List<RecoveryReport> reports = race(List.of(first, second), keys);

        for (int i = 0; i < RACED_RECORDS; i++) {
            Phase phase = i % 2 == 0 ? Phase.CONFIRM : Phase.CANCEL;
            assertThat(invoker.calls(keys.get(i))).as("phase-2 calls of %s", keys.get(i)).containsExactly(phase);
            assertThat(unfinished(first.repository(), keys.get(i))).as("record %s", keys.get(i)).isEmpty();
        }
        assertThat(reports).allSatisfy(report -> assertThat(report.errors()).isZero());
        assertThat(reports.stream().mapToInt(r -> r.confirmed() + r.cancelled()).sum()).isEqualTo(RACED_RECORDS);
    }

    @Test
    void recoveryFinishesTheRecordsAroundOneWithBadBytesAndKeepsReportsAndPostponesThatOne() {
        CountingInvoker invoker = new CountingInvoker();
        Queue<CorruptRecord> reported = new ConcurrentLinkedQueue<>();
        RecoveryNode<C> node = node("recovery-c", invoker, new TransactionListener() {
            @Override
            public void corruptRecord(CorruptRecord record) {
                reported.add(record);
            }
        });
        TransactionKey before = dueRecord(node.repository(), TransactionStatus.CONFIRMING);
        TransactionKey damaged = dueRecord(node.repository(), TransactionStatus.CONFIRMING);
        TransactionKey after = dueRecord(node.repository(), TransactionStatus.CANCELLING);
        damageBytes(node.connection(), damaged);

        RecoveryReport report = node.tcc().recovery().runOnce();

        assertThat(report.errors()).isZero();
        assertThat(invoker.calls(before)).containsExactly(Phase.CONFIRM);
        assertThat(invoker.calls(after)).containsExactly(Phase.CANCEL);
        assertThat(invoker.calls(damaged)).isEmpty();
        assertThat(unfinished(node.repository(), before)).isEmpty();
        assertThat(unfinished(node.repository(), after)).isEmpty();
        assertThat(reported).filteredOn(record -> record.key().equals(damaged)).singleElement()
                .satisfies(record -> assertThat(record.problem()).isNotBlank());
        assertThatThrownBy(() -> node.repository().find(damaged)).as("the damaged record is kept")
                .isInstanceOf(CorruptRecordException.class).hasMessageContaining(damaged.toString());
        reported.clear();
        node.tcc().recovery().runOnce();
        assertThat(reported).as("postponed, not reported again at once").extracting(CorruptRecord::key).doesNotContain(damaged);
        assertThat(node.repository().findDue(1000).corrupt()).extracting(CorruptRecord::key).doesNotContain(damaged);
    }

    /** A decided record with one remote branch, due now. */
    private static TransactionKey dueRecord(TransactionRepository repository, TransactionStatus decision) {
        TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));
        Branch branch = Branch.remote(BranchId.parse("1"), new ParticipantId("com.example.PaymentService", "pay",
                List.of("java.lang.String")), "payments", "1.0.0", ("arguments of " + key).getBytes(StandardCharsets.UTF_8));
        repository.create(new NewTransaction(key, Duration.ofHours(1), Duration.ofSeconds(5), "starter", branch));
        assertThat(repository.compareAndSet(key, 1, new RecordUpdate(decision, 0, Duration.ZERO, null, null)))
                .as("decision of %s", key).isTrue();
        return key;
    }

    /** The record unless it is gone or finished (archived). */
    private static Optional<GlobalTransaction> unfinished(TransactionRepository repository, TransactionKey key) {
        return repository.find(key).filter(record -> !record.status().isTerminal());
    }

    /** Both nodes run passes at the same moment, again and again, until none of {@code keys} is left unfinished. */
    private static List<RecoveryReport> race(List<? extends RecoveryNode<?>> nodes, List<TransactionKey> keys) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<RecoveryReport>>> passes = new ArrayList<>();
            for (RecoveryNode<?> node : nodes) {
                passes.add(threads.submit(() -> {
                    go.await();
                    return node.passesUntilFinished(keys);
                }));
            }
            go.countDown();
            await("both nodes finished their passes").atMost(PASSES_TIMEOUT).until(() -> passes.stream().allMatch(Future::isDone));
            List<RecoveryReport> reports = new ArrayList<>();
            for (Future<List<RecoveryReport>> pass : passes) {
                reports.addAll(pass.get());
            }
            return reports;
        } finally {
            threads.shutdownNow();
        }
    }

    private RecoveryNode<C> node(String nodeId, CountingInvoker invoker, TransactionListener listener) {
        C connection = connect(nodeId);
        opened.add(connection);
        TransactionRepository repository = repositoryOn(connection);
        RecoveryConfig recovery = RecoveryConfig.DEFAULT.withBatchSize(RACED_RECORDS * 2).withParallelism(4);
        LiteTcc tcc = LiteTcc.builder().repository(repository).serializer(new KryoSerializer()).invoker(invoker).listener(listener)
                .config(TccConfig.DEFAULT.withNodeId(nodeId).withRecovery(recovery)).build();
        opened.add(tcc);
        return new RecoveryNode<>(tcc, repository, connection);
    }

    /** One node: its engine, its repository and its connections. */
    private record RecoveryNode<C>(LiteTcc tcc, TransactionRepository repository, C connection) {
        List<RecoveryReport> passesUntilFinished(List<TransactionKey> keys) {
            List<RecoveryReport> reports = new ArrayList<>();
            do {
                reports.add(tcc.recovery().runOnce());
            } while (keys.stream().anyMatch(key -> unfinished(repository, key).isPresent()));
            return reports;
        }
    }
}
