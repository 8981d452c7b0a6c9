package io.github.litetcc.test.contract;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static io.github.litetcc.model.TransactionStatus.PARKED_CONFIRMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The repository contract, part two: header compare-and-set, due records, leases, postponing and
 * unreadable records. Part of {@link TransactionRepositoryContract}: extend that class, not this one.
 */
public abstract class RecordSchedulingContract extends RecordLifecycleContract {
    /** A lease short enough to wait for. */
    private static final Duration SHORT_LEASE = Duration.ofMillis(300);
    /** How long a test waits at most for a short lease to end. */
    private static final Duration LEASE_WAIT = Duration.ofSeconds(10);

    @Test
    void compareAndSetAppliesTheHeaderAndBumpsTheVersion() {
        TransactionKey key = begin();
        GlobalTransaction before = stored(key);
        Instant earliest = repository.now();

        boolean applied = repository.compareAndSet(key, 1, new RecordUpdate(CONFIRMING, 2, Duration.ofHours(1), "node-b", "timeout"));

        Instant latest = repository.now();
        GlobalTransaction after = stored(key);
        assertThat(applied).isTrue();
        assertThat(after.status()).isEqualTo(CONFIRMING);
        assertThat(after.attempts()).isEqualTo(2);
        assertThat(after.nextAttemptAt()).isBetween(earliest.plus(Duration.ofHours(1)), latest.plus(Duration.ofHours(1)));
        assertThat(after.owner()).isEqualTo("node-b");
        assertThat(after.lastError()).isEqualTo("timeout");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.branches()).isEqualTo(before.branches());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.deadline()).isEqualTo(before.deadline());
    }

    @Test
    void compareAndSetStoresNullOwnerErrorAndNextAttempt() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, new RecordUpdate(CONFIRMING, 1, Duration.ZERO, "node-b", "boom"));

        assertThat(repository.compareAndSet(key, 2, new RecordUpdate(PARKED_CONFIRMING, 1, null, null, null))).isTrue();

        GlobalTransaction parked = stored(key);
        assertThat(parked.nextAttemptAt()).isNull();
        assertThat(parked.owner()).isNull();
        assertThat(parked.lastError()).isNull();
    }

    @Test
    void compareAndSetWithAStaleVersionReturnsFalseAndChangesNothing() {
        TransactionKey key = begin();
        repository.enlist(key, local("2"));
        GlobalTransaction current = stored(key);

        assertThat(repository.compareAndSet(key, 1, header(CONFIRMING, Duration.ZERO))).isFalse();
        assertThat(stored(key)).isEqualTo(current);
    }

    @Test
    void compareAndSetOfAnAbsentRecordReturnsFalse() {
        TransactionKey key = newKey();

        assertThat(repository.compareAndSet(key, 1, header(CONFIRMING, Duration.ZERO))).isFalse();
        assertThat(repository.find(key)).isEmpty();
    }

    @Test
    void aRecordIsDueOnceItsNextAttemptHasCome() {
        TransactionKey key = begin();

        decideDueNow(key);

        assertThat(dueAmong(Set.of(key))).extracting(GlobalTransaction::key).containsExactly(key);
    }

    @Test
    void aRecordWhoseNextAttemptIsLaterIsNotDue() {
        TransactionKey fresh = begin();
        TransactionKey backedOff = begin();
        repository.compareAndSet(backedOff, 1, header(CONFIRMING, Duration.ofHours(1)));

        assertThat(dueAmong(Set.of(fresh, backedOff))).isEmpty();
    }

    @Test
    void aParkedRecordIsNeverDue() {
        TransactionKey key = begin();
        decideDueNow(key);

        repository.compareAndSet(key, 2, header(PARKED_CONFIRMING, null));

        assertThat(dueAmong(Set.of(key))).isEmpty();
    }

    @Test
    void aClaimedRecordIsNotDueUntilItsLeaseEnds() {
        TransactionKey key = begin();
        decideDueNow(key);

        repository.compareAndSet(key, 2, new RecordUpdate(CONFIRMING, 1, Duration.ofHours(1), "node-a", null));
        assertThat(dueAmong(Set.of(key))).isEmpty();

        repository.compareAndSet(key, 3, new RecordUpdate(CONFIRMING, 1, SHORT_LEASE, "node-a", null));
        await("the short lease of " + key + " ended").atMost(LEASE_WAIT).until(() -> !dueAmong(Set.of(key)).isEmpty());
        assertThat(dueAmong(Set.of(key)).get(0).owner()).isEqualTo("node-a");
    }

    @Test
    void dueRecordsComeOldestDueFirst() {
        List<TransactionKey> keys = List.of(begin(), begin(), begin());
        repository.compareAndSet(keys.get(0), 1, header(CONFIRMING, SHORT_LEASE));
        repository.compareAndSet(keys.get(1), 1, header(CONFIRMING, SHORT_LEASE.dividedBy(2)));
        repository.compareAndSet(keys.get(2), 1, header(CONFIRMING, Duration.ZERO));

        await("all three records are due").atMost(LEASE_WAIT).until(() -> dueAmong(keys).size() == 3);
        DueRecords all = repository.findDue(dueScanLimit());
        List<GlobalTransaction> own = all.records().stream().filter(record -> keys.contains(record.key())).toList();

        assertThat(own).extracting(GlobalTransaction::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(own).extracting(GlobalTransaction::nextAttemptAt).isSorted();
        assertThat(all.records()).extracting(GlobalTransaction::nextAttemptAt).isSorted();
    }

    @Test
    void findDueReturnsNoMoreThanTheLimit() {
        List<TransactionKey> keys = List.of(begin(), begin(), begin());
        keys.forEach(this::decideDueNow);

        DueRecords two = repository.findDue(2);

        assertThat(two.records().size() + two.corrupt().size()).isEqualTo(2);
    }

    @Test
    void postponePushesTheNextAttemptBackWithoutBumpingTheVersion() {
        TransactionKey key = begin();
        decideDueNow(key);
        Instant earliest = repository.now();

        repository.postpone(key, Duration.ofHours(1));

        GlobalTransaction postponed = stored(key);
        assertThat(dueAmong(Set.of(key))).isEmpty();
        assertThat(postponed.version()).isEqualTo(2);
        assertThat(postponed.nextAttemptAt()).isBetween(earliest.plus(Duration.ofHours(1)), repository.now().plus(Duration.ofHours(1)));
    }

    @Test
    void postponeOfAnAbsentRecordThrowsNoSuchTransaction() {
        TransactionKey key = newKey();

        assertThatThrownBy(() -> repository.postpone(key, Duration.ofMinutes(1))).isInstanceOf(NoSuchTransactionException.class);
        assertThat(repository.find(key)).isEmpty();
    }

    @Test
    void anUnreadableRecordIsReportedApartWhileTheOtherDueRecordsAreReturned() {
        List<TransactionKey> keys = List.of(begin(), begin(), begin());
        keys.forEach(this::decideDueNow);

        corrupt(repository, keys.get(1));

        List<CorruptRecord> corrupt = corruptAmong(keys);
        assertThat(dueAmong(keys)).extracting(GlobalTransaction::key).containsExactlyInAnyOrder(keys.get(0), keys.get(2));
        assertThat(corrupt).extracting(CorruptRecord::key).containsExactly(keys.get(1));
        assertThat(corrupt.get(0).problem()).isNotBlank();
        assertThatThrownBy(() -> repository.find(keys.get(1))).isInstanceOf(CorruptRecordException.class);
    }

    @Test
    void postponeMovesAnUnreadableRecordOutOfTheWay() {
        TransactionKey key = begin();
        decideDueNow(key);
        corrupt(repository, key);

        repository.postpone(key, Duration.ofHours(1));

        assertThat(corruptAmong(Set.of(key))).isEmpty();
    }
}
