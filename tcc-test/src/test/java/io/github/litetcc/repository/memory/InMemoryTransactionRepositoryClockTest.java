package io.github.litetcc.repository.memory;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.github.litetcc.model.TransactionStatus.CONFIRMED;
import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory repository on a clock the test moves: due times to the millisecond, order and archiving. */
class InMemoryTransactionRepositoryClockTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final MutableClock clock = MutableClock.at(START);
    private final InMemoryTransactionRepository repository = new InMemoryTransactionRepository(clock);

    @Test
    void aFreshRecordBecomesDueAtItsDeadlinePlusGrace() {
        TransactionKey key = begin(Duration.ofSeconds(30), Duration.ofSeconds(5));

        clock.set(START.plusSeconds(35).minusMillis(1));
        assertThat(repository.findDue(10).records()).isEmpty();

        clock.set(START.plusSeconds(35));
        assertThat(repository.findDue(10).records()).extracting(GlobalTransaction::key).containsExactly(key);
        assertThat(repository.findDue(10).records().get(0).status()).isEqualTo(TransactionStatus.TRYING);
    }

    @Test
    void aLeaseEndsExactlyAtItsNextAttempt() {
        TransactionKey key = begin(Duration.ofMinutes(1), Duration.ZERO);
        repository.compareAndSet(key, 1, new RecordUpdate(CONFIRMING, 0, Duration.ofSeconds(10), "node-a", null));

        clock.advance(Duration.ofSeconds(10).minusMillis(1));
        assertThat(repository.findDue(10).isEmpty()).isTrue();

        clock.advance(Duration.ofMillis(1));
        assertThat(repository.findDue(10).records()).extracting(GlobalTransaction::key).containsExactly(key);
    }

    @Test
    void dueRecordsComeByNextAttemptThenByKey() {
        List<TransactionKey> keys = Stream.generate(() -> begin(Duration.ofMinutes(1), Duration.ZERO)).limit(4).sorted().toList();
        repository.compareAndSet(keys.get(0), 1, backoff(Duration.ofSeconds(3)));
        repository.compareAndSet(keys.get(1), 1, backoff(Duration.ofSeconds(1)));
        repository.compareAndSet(keys.get(2), 1, backoff(Duration.ofSeconds(2)));
        repository.compareAndSet(keys.get(3), 1, backoff(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(3));

        assertThat(repository.findDue(10).records()).extracting(GlobalTransaction::key)
                .containsExactly(keys.get(1), keys.get(3), keys.get(2), keys.get(0));
        assertThat(repository.findDue(2).records()).extracting(GlobalTransaction::key).containsExactly(keys.get(1), keys.get(3));
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        clock.set(START.plusNanos(1_234_567));
        TransactionKey key = begin(Duration.ofSeconds(1), Duration.ZERO);

        assertThat(repository.now()).isEqualTo(START.plusMillis(1));
        assertThat(repository.find(key).orElseThrow().createdAt()).isEqualTo(START.plusMillis(1));
    }

    @Test
    void anArchivedRecordIsFoundAndListedButNeverDue() {
        InMemoryTransactionRepository archive = new InMemoryTransactionRepository(clock, true);
        TransactionKey key = key();
        archive.create(new NewTransaction(key, Duration.ofSeconds(1), Duration.ZERO, "node-a", branch()));
        archive.compareAndSet(key, 1, backoff(Duration.ZERO));

        assertThat(archive.finish(key, 2, CONFIRMED)).isTrue();
        clock.advance(Duration.ofDays(30));

        GlobalTransaction archived = archive.find(key).orElseThrow();
        assertThat(archived.status()).isEqualTo(CONFIRMED);
        assertThat(archived.nextAttemptAt()).isNull();
        assertThat(archived.owner()).isNull();
        assertThat(archived.version()).isEqualTo(3);
        assertThat(archive.findDue(10).isEmpty()).isTrue();
        assertThat(archive.list(TransactionQuery.byStatus(Set.of(CONFIRMED), 10)).items()).containsExactly(archived);
        assertThat(archive.archivesFinished()).isTrue();
    }

    @Test
    void postponingAnArchivedRecordLeavesItNeverDue() {
        InMemoryTransactionRepository archive = new InMemoryTransactionRepository(clock, true);
        TransactionKey key = key();
        archive.create(new NewTransaction(key, Duration.ofSeconds(1), Duration.ZERO, "node-a", branch()));
        archive.compareAndSet(key, 1, backoff(Duration.ZERO));
        archive.finish(key, 2, CONFIRMED);

        archive.postpone(key, Duration.ZERO);

        assertThat(archive.findDue(10).isEmpty()).isTrue();
    }

    private TransactionKey begin(Duration timeout, Duration grace) {
        TransactionKey key = key();
        repository.create(new NewTransaction(key, timeout, grace, "node-a", branch()));
        return key;
    }

    private static RecordUpdate backoff(Duration delay) {
        return new RecordUpdate(CONFIRMING, 1, delay, null, null);
    }

    private static TransactionKey key() {
        return TransactionKey.root(Xid.generate(Instant.now()));
    }

    private static Branch branch() {
        return Branch.local(BranchId.parse("1"), new ParticipantId("orders", "place", List.of()), new byte[] {1});
    }
}
