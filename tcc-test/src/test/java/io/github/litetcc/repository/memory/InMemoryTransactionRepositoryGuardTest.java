package io.github.litetcc.repository.memory;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.litetcc.model.TransactionStatus.CANCELLED;
import static io.github.litetcc.model.TransactionStatus.CONFIRMED;
import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static io.github.litetcc.model.TransactionStatus.TRYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the in-memory repository refuses beyond the contract, and restoring or damaging records with {@code putRaw}. */
class InMemoryTransactionRepositoryGuardTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryTransactionRepository repository = new InMemoryTransactionRepository(clock);
    private final TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));

    @Test
    void missingArgumentsAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> repository.create(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("transaction");
        assertThatThrownBy(() -> repository.enlist(null, branch("2"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> repository.find(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> repository.list(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("query");
        assertThatThrownBy(() -> new InMemoryTransactionRepository(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("clock");
    }

    @Test
    void findDueRefusesALimitBelowOne() {
        assertThatThrownBy(() -> repository.findDue(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
    }

    @Test
    void postponeRefusesANegativeDelayAndChangesNothing() {
        begin();
        GlobalTransaction before = repository.find(key).orElseThrow();

        assertThatThrownBy(() -> repository.postpone(key, Duration.ofSeconds(-1))).isInstanceOf(InvalidInputException.class);
        assertThat(repository.find(key)).contains(before);
    }

    @Test
    void onlyAFreshlyEnlistedBranchIsAccepted() {
        begin();
        Branch done = branch("2").withStatus(BranchStatus.CONFIRMED);

        assertThatThrownBy(() -> repository.enlist(key, done)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ENLISTED");
        assertThat(repository.find(key).orElseThrow().branches()).hasSize(1);
    }

    @Test
    void aBranchResultIsConfirmedOrCancelled() {
        begin();

        assertThatThrownBy(() -> repository.recordBranchStatus(key, BranchId.parse("1"), BranchStatus.ENLISTED))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void compareAndSetRefusesAnIllegalTransitionButChecksTheVersionFirst() {
        begin();

        assertThat(repository.compareAndSet(key, 7, header(CONFIRMED))).isFalse();
        assertThatThrownBy(() -> repository.compareAndSet(key, 1, header(CONFIRMED))).isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.find(key).orElseThrow().status()).isEqualTo(TRYING);
    }

    @Test
    void finishAcceptsOnlyTheTerminalStatusOfTheRecordsDirection() {
        begin();
        repository.compareAndSet(key, 1, header(CONFIRMING));

        assertThatThrownBy(() -> repository.finish(key, 2, CONFIRMING)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> repository.finish(key, 2, CANCELLED)).isInstanceOf(IllegalTransitionException.class);
        assertThat(repository.find(key).orElseThrow().status()).isEqualTo(CONFIRMING);
    }

    @Test
    void putRawRestoresARecordFromItsEncodedForm() {
        begin();
        repository.compareAndSet(key, 1, header(CONFIRMING));
        GlobalTransaction record = repository.find(key).orElseThrow();
        InMemoryTransactionRepository restored = new InMemoryTransactionRepository(clock);

        restored.putRaw(key, RecordCodec.encodeRecord(record));

        assertThat(restored.find(key)).contains(record);
        assertThat(restored.findDue(10).records()).containsExactly(record);
    }

    @Test
    void putRawRefusesTheRecordOfAnotherKey() {
        begin();
        byte[] encoded = RecordCodec.encodeRecord(repository.find(key).orElseThrow());
        TransactionKey other = TransactionKey.root(Xid.generate(Instant.now()));

        assertThatThrownBy(() -> repository.putRaw(other, encoded)).isInstanceOf(InvalidInputException.class).hasMessageContaining(key.toString());
        assertThat(repository.find(other)).isEmpty();
    }

    @Test
    void bytesThatDoNotDecodeAreReportedAsCorruptAndRefuseEveryChange() {
        repository.putRaw(key, new byte[] {(byte) 0xC1, 1, 0});

        assertThat(repository.findDue(10).corrupt()).singleElement()
                .satisfies(corrupt -> assertThat(corrupt.problem()).contains(key.toString()));
        assertThatThrownBy(() -> repository.find(key)).isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> repository.enlist(key, branch("2"))).isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> repository.compareAndSet(key, 1, header(CONFIRMING))).isInstanceOf(CorruptRecordException.class);
        assertThat(repository.list(TransactionQuery.unfinished(10)).items()).isEmpty();
    }

    @Test
    void bytesThatDoNotDecodeKeepTheDueTimeTheRecordHad() {
        begin();
        repository.compareAndSet(key, 1, new RecordUpdate(CONFIRMING, 0, Duration.ofMinutes(5), null, null));

        repository.putRaw(key, new byte[] {1, 2, 3});

        assertThat(repository.findDue(10).isEmpty()).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(repository.findDue(10).corrupt()).extracting(corrupt -> corrupt.key()).containsExactly(key);
    }

    private void begin() {
        repository.create(new NewTransaction(key, Duration.ofMinutes(1), Duration.ZERO, "node-a", branch("1")));
    }

    private static RecordUpdate header(TransactionStatus status) {
        return new RecordUpdate(status, 0, Duration.ZERO, null, null);
    }

    private static Branch branch(String id) {
        return Branch.local(BranchId.parse(id), new ParticipantId("orders", "place", List.of("long")), new byte[] {1, 2});
    }
}
