package io.github.litetcc.repository.redis;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.litetcc.repository.redis.Records.begin;
import static io.github.litetcc.repository.redis.Records.branch;
import static io.github.litetcc.repository.redis.Records.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Redis log does on every deployment; subclasses name the deployment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RedisRepositoryBehaviour {
    private final String namespace = TestNamespace.random();
    private RedisConnection connection;
    private RedisTransactionRepository repository;

    abstract RedisTarget target();

    @BeforeAll
    void connect() {
        connection = target().connect();
        repository = new RedisTransactionRepository(connection, RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(4));
    }

    @AfterAll
    void deleteKeys() {
        TestNamespace.delete(connection, namespace);
        connection.close();
    }

    @Test
    void createdRecordIsTryingAtVersionOneWithItsDeadlineOnTheServerClock() {
        TransactionKey key = newKey();
        Instant before = repository.now();
        assertThat(repository.create(begin(key, Duration.ofSeconds(30)))).isEqualTo(1);

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.branches()).containsExactly(branch(1));
        assertThat(record.owner()).isEqualTo("node-a");
        assertThat(record.createdAt()).isAfterOrEqualTo(before);
        assertThat(record.deadline()).isEqualTo(record.createdAt().plusSeconds(30));
        assertThat(record.nextAttemptAt()).isEqualTo(record.deadline());
    }

    @Test
    void createRefusesAKeyThatExists() {
        TransactionKey key = newKey();
        repository.create(begin(key));

        assertThatThrownBy(() -> repository.create(begin(key))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void enlistAppendsABranchAndBumpsTheVersion() {
        TransactionKey key = newKey();
        repository.create(begin(key));

        assertThat(repository.enlist(key, branch(2))).isEqualTo(2);
        assertThat(repository.find(key).orElseThrow().branches()).containsExactly(branch(1), branch(2));
    }

    @Test
    void enlistOfATakenBranchIdIsAConcurrentUpdate() {
        TransactionKey key = newKey();
        repository.create(begin(key));

        assertThatThrownBy(() -> repository.enlist(key, branch(1))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.find(key).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void enlistIntoAnAbsentRecordIsNoSuchTransaction() {
        assertThatThrownBy(() -> repository.enlist(newKey(), branch(2))).isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void enlistAfterTheDecisionLoses() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        assertThat(repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING))).isTrue();

        assertThatThrownBy(() -> repository.enlist(key, branch(2))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.find(key).orElseThrow().branches()).hasSize(1);
    }

    @Test
    void compareAndSetAppliesOnlyAtTheExpectedVersion() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.enlist(key, branch(2));

        assertThat(repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING))).isFalse();
        assertThat(repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.CONFIRMING, 3, Duration.ofMinutes(1),
                "node-b", "boom"))).isTrue();

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.version()).isEqualTo(3);
        assertThat(record.attempts()).isEqualTo(3);
        assertThat(record.owner()).isEqualTo("node-b");
        assertThat(record.lastError()).isEqualTo("boom");
        assertThat(repository.compareAndSet(newKey(), 1, decided(TransactionStatus.CONFIRMING))).isFalse();
    }

    @Test
    void compareAndSetRefusesAnIllegalTransition() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CANCELLING));

        assertThatThrownBy(() -> repository.compareAndSet(key, 2, decided(TransactionStatus.CONFIRMING)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CANCELLING");
    }

    @Test
    void parkedRecordHasNoNextAttempt() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING));
        repository.compareAndSet(key, 2, new RecordUpdate(TransactionStatus.PARKED_CONFIRMING, 9, null, null, "gave up"));

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.nextAttemptAt()).isNull();
        assertThat(record.owner()).isNull();
        assertThat(record.status()).isEqualTo(TransactionStatus.PARKED_CONFIRMING);
    }

    @Test
    void attachedTryContextIsReadBackWithoutBumpingTheVersion() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.attachTryContext(key, BranchId.parse("1"), new byte[] {7, 7});

        GlobalTransaction record = repository.find(key).orElseThrow();
        assertThat(record.branches().get(0).tryContext()).containsExactly(7, 7);
        assertThat(record.version()).isEqualTo(1);
        assertThatThrownBy(() -> repository.attachTryContext(key, BranchId.parse("9"), new byte[1]))
                .isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void branchResultIsIdempotentAndTheOtherResultIsRefused() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING));

        repository.recordBranchStatus(key, BranchId.parse("1"), BranchStatus.CONFIRMED);
        repository.recordBranchStatus(key, BranchId.parse("1"), BranchStatus.CONFIRMED);

        assertThat(repository.find(key).orElseThrow().branches().get(0).status()).isEqualTo(BranchStatus.CONFIRMED);
        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("1"), BranchStatus.CANCELLED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("5"), BranchStatus.CANCELLED))
                .isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void finishRemovesTheRecordAtTheExpectedVersionOnly() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CANCELLING));

        assertThat(repository.finish(key, 1, TransactionStatus.CANCELLED)).isFalse();
        assertThatThrownBy(() -> repository.finish(key, 2, TransactionStatus.CONFIRMED)).isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.finish(key, 2, TransactionStatus.CANCELLED)).isTrue();
        assertThat(repository.find(key)).isEmpty();
    }

    @Test
    void decidedRecordsBecomeDueOldestFirst() {
        List<TransactionKey> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TransactionKey key = newKey();
            keys.add(key);
            repository.create(begin(key));
            repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING));
        }

        List<TransactionKey> due = repository.findDue(1000).records().stream().map(GlobalTransaction::key)
                .filter(keys::contains).toList();
        assertThat(due).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(repository.findDue(1000).records()).isSortedAccordingTo(
                java.util.Comparator.comparing(GlobalTransaction::nextAttemptAt));
    }

    @Test
    void listPagesThroughNestedRecordsInKeyOrder() {
        Xid xid = Xid.generate(Instant.now());
        List<TransactionKey> keys = new ArrayList<>();
        for (String owner : List.of("0", "2", "2.9", "2.10", "10")) {
            TransactionKey key = new TransactionKey(xid, BranchId.parse(owner));
            keys.add(key);
            repository.create(begin(key));
        }
        TransactionQuery query = TransactionQuery.byStatus(java.util.EnumSet.of(TransactionStatus.TRYING), 2)
                .withAfter(new TransactionKey(previous(xid), BranchId.ROOT));

        List<TransactionKey> seen = new ArrayList<>();
        var page = repository.list(query);
        while (!page.items().isEmpty() && page.items().get(0).xid().equals(xid)) {
            page.items().stream().map(GlobalTransaction::key).filter(k -> k.xid().equals(xid)).forEach(seen::add);
            if (page.next().isEmpty()) {
                break;
            }
            page = repository.list(query.withAfter(page.next().get()));
        }
        assertThat(seen).isEqualTo(keys.stream().sorted().toList());
    }

    private static Xid previous(Xid xid) {
        String text = xid.toString();
        return Xid.parse(text.substring(0, 31) + (text.charAt(31) == '0' ? "0" : Character.toString(text.charAt(31) - 1)));
    }

    static RecordUpdate decided(TransactionStatus status) {
        return new RecordUpdate(status, 0, Duration.ZERO, null, null);
    }

    @Test
    void enlistOverThePayloadLimitIsRefusedNamingTheLimitAndWritesNothing() {
        RedisTransactionRepository limited = new RedisTransactionRepository(connection,
                repository.config().withMaxBranchPayloadBytes(16));
        TransactionKey key = newKey();
        limited.create(begin(key));

        Branch big = Branch.local(BranchId.parse("2"), Records.PARTICIPANT, new byte[17]);
        assertThatThrownBy(() -> limited.enlist(key, big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxBranchPayloadBytes=16");
        assertThat(limited.find(key).orElseThrow().version()).isEqualTo(1);
    }
}
