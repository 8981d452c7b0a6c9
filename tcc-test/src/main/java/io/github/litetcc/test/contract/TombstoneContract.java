package io.github.litetcc.test.contract;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repository contract, tombstones: the empty CANCELLING record a nested participant leaves when a cancel
 * finds nothing to cancel. Part of {@link TransactionRepositoryContract}: extend that class, not this one.
 */
public abstract class TombstoneContract extends RepositoryContractSupport {

    @Test
    void aTombstoneIsAnEmptyCancellingRecordAtVersionOneDueAfterItsDelay() {
        TransactionKey key = nestedKey(Xid.generate(Instant.now()), "2");
        Instant before = repository.now();

        assertThat(repository.createTombstone(new Tombstone(key, Duration.ofSeconds(40)))).isTrue();

        GlobalTransaction record = stored(key);
        assertThat(record.status()).isEqualTo(TransactionStatus.CANCELLING);
        assertThat(record.branches()).isEmpty();
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.createdAt()).isBetween(before, repository.now());
        assertThat(record.nextAttemptAt()).isEqualTo(record.createdAt().plusSeconds(40));
        assertThat(dueAmong(List.of(key))).isEmpty();
    }

    @Test
    void aTombstoneMakesALaterCreateAndEnlistOfItsKeyFail() {
        TransactionKey key = nestedKey(Xid.generate(Instant.now()), "3.1");
        repository.createTombstone(new Tombstone(key, TIMEOUT));
        GlobalTransaction tombstone = stored(key);

        assertThatThrownBy(() -> repository.create(new NewTransaction(key, TIMEOUT, GRACE, "zombie", local("3.1.1"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> repository.enlist(key, local("3.1.1"))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(key)).isEqualTo(tombstone);
    }

    @Test
    void aTombstoneIsNotWrittenOverAnExistingRecord() {
        TransactionKey key = nestedKey(Xid.generate(Instant.now()), "2");
        repository.create(new NewTransaction(key, TIMEOUT, GRACE, "participant-b", local("2.1")));
        GlobalTransaction children = stored(key);

        assertThat(repository.createTombstone(new Tombstone(key, Duration.ZERO))).isFalse();
        assertThat(stored(key)).isEqualTo(children);
    }

    @Test
    void aDueTombstoneIsClaimedAndFinishedLikeAnyCancelledRecord() {
        TransactionKey key = nestedKey(Xid.generate(Instant.now()), "2");
        repository.createTombstone(new Tombstone(key, Duration.ZERO));

        assertThat(dueAmong(List.of(key))).extracting(GlobalTransaction::key).containsExactly(key);
        assertThat(repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CANCELLING, 1, TIMEOUT, "recovery", null))).isTrue();
        assertThat(repository.finish(key, 2, TransactionStatus.CANCELLED)).isTrue();
        if (repository.archivesFinished()) {
            assertThat(stored(key).status()).isEqualTo(TransactionStatus.CANCELLED);
        } else {
            assertThat(repository.find(key)).isEmpty();
        }
    }

    @Test
    void aTombstoneOfOneBranchLeavesTheRecordsOfItsSiblingsAlone() {
        Xid xid = Xid.generate(Instant.now());
        TransactionKey sibling = nestedKey(xid, "1");
        repository.create(new NewTransaction(sibling, TIMEOUT, GRACE, "participant-a", local("1.1")));
        TransactionKey key = nestedKey(xid, "2");

        repository.createTombstone(new Tombstone(key, TIMEOUT));

        assertThat(stored(sibling).status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(stored(sibling).branches()).extracting(b -> b.id()).containsExactly(BranchId.parse("1.1"));
    }
}
