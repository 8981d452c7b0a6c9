package io.github.litetcc.test.contract;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.NewTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static io.github.litetcc.model.TransactionStatus.TRYING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link io.github.litetcc.spi.TransactionRepository} passes: in memory, on each
 * database and on Redis. Extend it, implement {@link #createRepository()} and {@link #corrupt}, and run it
 * like any JUnit 5 test class. The suite never assumes a clock it controls: it works with durations
 * relative to the repository's own now, and waits (bounded) for short leases to end. It only reasons about
 * the records it created, under fresh keys, so it can run against a shared server that holds other data.
 *
 * <p>This class holds the tests of concurrent use; the others are inherited from
 * {@link TombstoneContract}, {@link RecordLifecycleContract}, {@link RecordSchedulingContract} and {@link RecordListingContract}.
 */
public abstract class TransactionRepositoryContract extends RecordListingContract {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;
    private static final int ENLISTS_PER_THREAD = 25;

    @Test
    void racingCreatesOfOneKeyCreateItOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            TransactionKey key = newKey();
            List<Race.Result<Long>> results = Race.run(THREADS, runner ->
                    () -> repository.create(new NewTransaction(key, TIMEOUT, GRACE, "starter-" + runner, local("1"))));

            assertThat(results).filteredOn(Race.Result::succeeded).extracting(Race.Result::value).containsExactly(1L);
            assertThat(results).filteredOn(result -> !result.succeeded())
                    .allMatch(result -> result.failure() instanceof ConcurrentUpdateException);
        }
    }

    @Test
    void exactlyOneOfManyRacingCompareAndSetsWins() {
        for (int round = 0; round < ROUNDS; round++) {
            TransactionKey key = begin();
            List<Race.Result<Boolean>> results = Race.run(THREADS, runner ->
                    () -> repository.compareAndSet(key, 1, header(CONFIRMING, Duration.ofHours(1))));

            assertThat(results).allMatch(Race.Result::succeeded);
            assertThat(results).filteredOn(result -> result.value()).hasSize(1);
            assertThat(stored(key).version()).isEqualTo(2);
        }
    }

    @Test
    void anEnlistAndTheDecisionNeverBothWin() {
        for (int round = 0; round < ROUNDS * 2; round++) {
            TransactionKey key = begin();
            List<Race.Result<Object>> results = Race.run(2, runner -> runner == 0
                    ? () -> repository.enlist(key, local("2"))
                    : () -> repository.compareAndSet(key, 1, header(CONFIRMING, Duration.ofHours(1))));

            assertExactlyOneWon(key, results.get(0), results.get(1));
        }
    }

    @Test
    void concurrentEnlistsAllLandAndEachBumpsTheVersion() {
        TransactionKey key = begin();

        List<Race.Result<List<Long>>> results = Race.run(THREADS, runner -> () -> IntStream.range(0, ENLISTS_PER_THREAD)
                .mapToObj(i -> repository.enlist(key, local((2 + runner) + "." + (i + 1))))
                .toList());

        int enlists = THREADS * ENLISTS_PER_THREAD;
        assertThat(results).allMatch(Race.Result::succeeded);
        assertThat(results).flatExtracting(Race.Result::value)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, 1 + enlists).boxed().toList());
        GlobalTransaction record = stored(key);
        assertThat(record.version()).isEqualTo(1 + enlists);
        assertThat(record.branches()).hasSize(1 + enlists);
        assertThat(record.branches()).extracting(Branch::id).contains(BranchId.parse("2.1"), BranchId.parse("9.25"));
    }

    /** Either the enlist won (record still TRYING with branch 2) or the decision did (CONFIRMING without it), never both. */
    private void assertExactlyOneWon(TransactionKey key, Race.Result<Object> enlist, Race.Result<Object> decision) {
        GlobalTransaction record = stored(key);
        boolean enlisted = enlist.succeeded();
        boolean decided = Boolean.TRUE.equals(decision.value());
        assertThat(enlisted).as("exactly one of enlist (%s) and decision (%s) won", enlist, decision).isNotEqualTo(decided);
        if (enlisted) {
            assertThat(enlist.value()).isEqualTo(2L);
            assertThat(record.status()).isEqualTo(TRYING);
            assertThat(record.branches()).hasSize(2);
        } else {
            assertThat(enlist.failure()).isInstanceOf(ConcurrentUpdateException.class);
            assertThat(record.status()).isEqualTo(CONFIRMING);
            assertThat(record.branches()).hasSize(1);
        }
        assertThat(record.version()).isEqualTo(2);
    }
}
