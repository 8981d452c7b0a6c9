package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.test.fault.CrashableRepository;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The queue of background finishes: full or shut down, it refuses, and the caller finishes the record itself. */
class FinishBatcherTest {
    private final InMemoryTransactionRepository log = new InMemoryTransactionRepository();
    private final FaultInjector injector = FaultInjector.never();
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aFullQueueRefusesSoTheCallerFinishesItself() throws InterruptedException {
        injector.holdAt("before finish ", writing, release);
        FinishBatcher batcher = new FinishBatcher(new CrashableRepository(log, injector), new Listeners(List.of()), Clock.systemUTC(), 1);
        GlobalTransaction taken = confirming();
        GlobalTransaction queued = confirming();

        assertThat(batcher.offer(taken, TransactionStatus.CONFIRMED)).isTrue();
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(batcher.offer(queued, TransactionStatus.CONFIRMED)).isTrue();
        assertThat(batcher.offer(confirming(), TransactionStatus.CONFIRMED)).as("the queue of one is full").isFalse();

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> log.find(taken.key()).isEmpty() && log.find(queued.key()).isEmpty());
        batcher.shutdown(Duration.ofSeconds(5));
    }

    @Test
    void aShutDownQueueRefusesAndWritesWhatItHeld() {
        FinishBatcher batcher = new FinishBatcher(log, new Listeners(List.of()), Clock.systemUTC());
        GlobalTransaction held = confirming();
        assertThat(batcher.offer(held, TransactionStatus.CONFIRMED)).isTrue();

        batcher.shutdown(Duration.ofSeconds(5));

        assertThat(log.find(held.key())).isEmpty();
        assertThat(batcher.offer(confirming(), TransactionStatus.CONFIRMED)).isFalse();
    }

    private GlobalTransaction confirming() {
        TransactionKey key = TransactionKey.root(Xid.generate(log.now()));
        log.create(new NewTransaction(key, Duration.ofMinutes(1), Duration.ofSeconds(5), "node",
                Branch.local(BranchId.parse("1"), new ParticipantId("stock", "reserve", List.of("long")), new byte[0])));
        log.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ofMinutes(1), "node", null));
        return log.find(key).orElseThrow();
    }
}
