package io.github.litetcc.test.contract;

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
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.NewTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.litetcc.model.TransactionStatus.CANCELLING;
import static io.github.litetcc.model.TransactionStatus.CONFIRMED;
import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repository contract, part one: creating records, enlisting branches, try contexts, phase-2 results
 * and finishing. Part of {@link TransactionRepositoryContract}: extend that class, not this one.
 */
public abstract class RecordLifecycleContract extends TombstoneContract {
    private static final BranchId FIRST = BranchId.parse("1");

    @Test
    void aCreatedRecordReadsBackWithEveryField() {
        TransactionKey key = newKey();
        Branch first = remote("1");
        Instant before = repository.now();
        long version = repository.create(new NewTransaction(key, Duration.ofSeconds(30), Duration.ofSeconds(5), "node-a", first));
        Instant after = repository.now();

        GlobalTransaction record = stored(key);
        assertThat(version).isEqualTo(1);
        assertThat(record.key()).isEqualTo(key);
        assertThat(record.status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(record.branches()).containsExactly(first);
        assertThat(record.branches().get(0).tryContext()).isNull();
        assertThat(record.createdAt()).isBetween(before, after);
        assertThat(record.deadline()).isEqualTo(record.createdAt().plusSeconds(30));
        assertThat(record.nextAttemptAt()).isEqualTo(record.createdAt().plusSeconds(35));
        assertThat(record.attempts()).isZero();
        assertThat(record.owner()).isEqualTo("node-a");
        assertThat(record.lastError()).isNull();
        assertThat(record.version()).isEqualTo(1);
    }

    @Test
    void aNestedParticipantsRecordIsKeptApartFromTheRootRecord() {
        TransactionKey root = begin();
        TransactionKey nested = nestedKey(root.xid(), "2");
        repository.create(new NewTransaction(nested, TIMEOUT, GRACE, "participant-b", local("2.1")));

        assertThat(stored(nested).key()).isEqualTo(nested);
        assertThat(stored(nested).branches()).extracting(Branch::id).containsExactly(BranchId.parse("2.1"));
        assertThat(stored(root).branches()).extracting(Branch::id).containsExactly(FIRST);
    }

    @Test
    void creatingAnExistingRecordThrowsConcurrentUpdateAndKeepsTheRecord() {
        TransactionKey key = begin();
        GlobalTransaction original = stored(key);

        assertThatThrownBy(() -> repository.create(new NewTransaction(key, TIMEOUT, GRACE, "intruder", remote("9"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(key)).isEqualTo(original);
    }

    @Test
    void findOfAKeyNeverCreatedIsEmpty() {
        assertThat(repository.find(newKey())).isEmpty();
    }

    @Test
    void enlistAppendsTheBranchAndBumpsTheVersion() {
        TransactionKey key = begin();
        Branch second = local("2");

        long version = repository.enlist(key, second);

        assertThat(version).isEqualTo(2);
        assertThat(stored(key).version()).isEqualTo(2);
        assertThat(stored(key).branches()).containsExactly(local("1"), second);
    }

    @Test
    void eachEnlistBumpsTheVersionByOne() {
        TransactionKey key = begin();

        List<Long> versions = List.of(repository.enlist(key, remote("2")), repository.enlist(key, local("3")),
                repository.enlist(key, remote("4")));

        assertThat(versions).containsExactly(2L, 3L, 4L);
        assertThat(stored(key).branches()).extracting(Branch::id).extracting(BranchId::toString).containsExactly("1", "2", "3", "4");
    }

    @Test
    void enlistOfATakenBranchIdThrowsConcurrentUpdateAndChangesNothing() {
        TransactionKey key = begin();
        GlobalTransaction original = stored(key);

        assertThatThrownBy(() -> repository.enlist(key, remote("1"))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(key)).isEqualTo(original);
    }

    @Test
    void enlistAfterTheDecisionThrowsConcurrentUpdateAndChangesNothing() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CANCELLING, TIMEOUT));
        GlobalTransaction decided = stored(key);

        assertThatThrownBy(() -> repository.enlist(key, local("2"))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(key)).isEqualTo(decided);
    }

    @Test
    void enlistIntoAnAbsentRecordThrowsNoSuchTransaction() {
        TransactionKey key = newKey();

        assertThatThrownBy(() -> repository.enlist(key, local("1"))).isInstanceOf(NoSuchTransactionException.class);
        assertThat(repository.find(key)).isEmpty();
    }

    @Test
    void theRecordKeepsItsOwnCopyOfTheBytesItWasGiven() {
        TransactionKey key = newKey();
        byte[] arguments = bytes("original");
        repository.create(new NewTransaction(key, TIMEOUT, GRACE, STARTER, Branch.local(FIRST, local("1").participant(), arguments)));
        byte[] context = bytes("context");
        repository.attachTryContext(key, FIRST, context);

        arguments[0] = 'X';
        context[0] = 'X';

        assertThat(stored(key).branches().get(0).arguments()).isEqualTo(bytes("original"));
        assertThat(stored(key).branches().get(0).tryContext()).isEqualTo(bytes("context"));
    }

    @Test
    void attachTryContextStoresTheContextWithoutBumpingTheVersion() {
        TransactionKey key = begin();
        repository.enlist(key, local("2"));

        repository.attachTryContext(key, BranchId.parse("2"), bytes("reservation 42"));

        GlobalTransaction record = stored(key);
        assertThat(record.version()).isEqualTo(2);
        assertThat(record.findBranch(BranchId.parse("2")).orElseThrow().tryContext()).isEqualTo(bytes("reservation 42"));
        assertThat(record.findBranch(FIRST).orElseThrow().tryContext()).isNull();
    }

    @Test
    void attachTryContextToAnAbsentBranchOrRecordThrowsNoSuchTransaction() {
        TransactionKey key = begin();

        assertThatThrownBy(() -> repository.attachTryContext(key, BranchId.parse("7"), bytes("x")))
                .isInstanceOf(NoSuchTransactionException.class);
        assertThatThrownBy(() -> repository.attachTryContext(newKey(), FIRST, bytes("x")))
                .isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void attachTryContextAfterTheDecisionThrowsConcurrentUpdate() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CONFIRMING, TIMEOUT));

        assertThatThrownBy(() -> repository.attachTryContext(key, FIRST, bytes("late")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(key).branches().get(0).tryContext()).isNull();
    }

    @Test
    void recordBranchStatusStoresThePhaseTwoResultWithoutBumpingTheVersion() {
        TransactionKey key = begin();
        repository.enlist(key, remote("2"));
        repository.compareAndSet(key, 2, header(CONFIRMING, TIMEOUT));

        repository.recordBranchStatus(key, BranchId.parse("2"), BranchStatus.CONFIRMED);

        GlobalTransaction record = stored(key);
        assertThat(record.version()).isEqualTo(3);
        assertThat(record.branches()).extracting(Branch::status).containsExactly(BranchStatus.ENLISTED, BranchStatus.CONFIRMED);
        assertThat(record.pendingBranches()).extracting(Branch::id).containsExactly(FIRST);
    }

    @Test
    void recordingTheStatusABranchAlreadyHoldsIsANoOp() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CANCELLING, TIMEOUT));
        repository.recordBranchStatus(key, FIRST, BranchStatus.CANCELLED);
        GlobalTransaction once = stored(key);

        repository.recordBranchStatus(key, FIRST, BranchStatus.CANCELLED);

        assertThat(stored(key)).isEqualTo(once);
    }

    @Test
    void recordingTheOppositeResultThrowsIllegalTransitionAndKeepsTheFirst() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CONFIRMING, TIMEOUT));
        repository.recordBranchStatus(key, FIRST, BranchStatus.CONFIRMED);

        assertThatThrownBy(() -> repository.recordBranchStatus(key, FIRST, BranchStatus.CANCELLED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(stored(key).branches().get(0).status()).isEqualTo(BranchStatus.CONFIRMED);
    }

    @Test
    void recordBranchStatusOfAnAbsentBranchOrRecordThrowsNoSuchTransaction() {
        TransactionKey key = begin();

        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("3"), BranchStatus.CONFIRMED))
                .isInstanceOf(NoSuchTransactionException.class);
        assertThatThrownBy(() -> repository.recordBranchStatus(newKey(), FIRST, BranchStatus.CONFIRMED))
                .isInstanceOf(NoSuchTransactionException.class);
    }

    @Test
    void finishWithTheCurrentVersionRemovesTheRecordOrArchivesIt() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CONFIRMING, Duration.ZERO));

        assertThat(repository.finish(key, 2, CONFIRMED)).isTrue();

        if (repository.archivesFinished()) {
            assertThat(stored(key).status()).isEqualTo(CONFIRMED);
            assertThat(dueAmong(List.of(key))).isEmpty();
        } else {
            assertThat(repository.find(key)).isEmpty();
        }
    }

    @Test
    void finishWithAStaleVersionReturnsFalseAndChangesNothing() {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(CANCELLING, TIMEOUT));
        GlobalTransaction decided = stored(key);

        assertThat(repository.finish(key, 1, TransactionStatus.CANCELLED)).isFalse();
        assertThat(stored(key)).isEqualTo(decided);
    }

    @Test
    void finishOfAnAbsentRecordReturnsFalse() {
        assertThat(repository.finish(newKey(), 1, TransactionStatus.CANCELLED)).isFalse();
    }

    @Test
    void finishAllFinishesEachRecordOnItsOwnAndAnswersInOrder() {
        TransactionKey confirmed = decided(CONFIRMING);
        TransactionKey stale = decided(CANCELLING);
        GlobalTransaction staleBefore = stored(stale);
        TransactionKey absent = newKey();
        TransactionKey wrongDirection = decided(CONFIRMING);
        GlobalTransaction wrongBefore = stored(wrongDirection);
        TransactionKey cancelled = decided(CANCELLING);

        List<Boolean> finished = repository.finishAll(List.of(
                new FinishRequest(confirmed, 2, CONFIRMED),
                new FinishRequest(stale, 1, TransactionStatus.CANCELLED),
                new FinishRequest(absent, 1, CONFIRMED),
                new FinishRequest(wrongDirection, 2, TransactionStatus.CANCELLED),
                new FinishRequest(cancelled, 2, TransactionStatus.CANCELLED)));

        assertThat(finished).containsExactly(true, false, false, false, true);
        assertFinished(confirmed, CONFIRMED);
        assertFinished(cancelled, TransactionStatus.CANCELLED);
        assertThat(stored(stale)).isEqualTo(staleBefore);
        assertThat(stored(wrongDirection)).isEqualTo(wrongBefore);
        assertThat(repository.find(absent)).isEmpty();
    }

    @Test
    void finishAllOfManyRecordsFinishesEveryOne() {
        List<TransactionKey> keys = java.util.stream.IntStream.range(0, 40).mapToObj(i -> decided(CONFIRMING)).toList();

        List<Boolean> finished = repository.finishAll(keys.stream().map(key -> new FinishRequest(key, 2, CONFIRMED)).toList());

        assertThat(finished).hasSize(40).containsOnly(true);
        keys.forEach(key -> assertFinished(key, CONFIRMED));
        assertThat(repository.finishAll(keys.stream().map(key -> new FinishRequest(key, 2, CONFIRMED)).toList()))
                .as("asking again").containsOnly(false);
    }

    @Test
    void finishAllOfNoRecordsAnswersNothing() {
        assertThat(repository.finishAll(List.of())).isEmpty();
    }

    @Test
    void finishAllRefusesAMissingListOrRequestAndChangesNothing() {
        TransactionKey key = decided(CONFIRMING);
        GlobalTransaction before = stored(key);
        List<FinishRequest> withNull = new java.util.ArrayList<>();
        withNull.add(new FinishRequest(key, 2, CONFIRMED));
        withNull.add(null);

        assertThatThrownBy(() -> repository.finishAll(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> repository.finishAll(withNull)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("request 1 of 2");
        assertThat(stored(key)).isEqualTo(before);
        assertThatThrownBy(() -> new FinishRequest(key, 2, CONFIRMING)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CONFIRMING");
    }

    private TransactionKey decided(TransactionStatus status) {
        TransactionKey key = begin();
        repository.compareAndSet(key, 1, header(status, TIMEOUT));
        return key;
    }

    private void assertFinished(TransactionKey key, TransactionStatus terminal) {
        if (repository.archivesFinished()) {
            assertThat(stored(key).status()).isEqualTo(terminal);
            assertThat(dueAmong(List.of(key))).isEmpty();
        } else {
            assertThat(repository.find(key)).isEmpty();
        }
    }
}
