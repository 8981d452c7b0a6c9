package io.github.litetcc.scenario;

import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ShutdownTest {
    private final Stores stores = Stores.fresh();

    @Test
    void aStoppingNodeRefusesNewTransactionsButLetsThoseInFlightReachTheirDecision() {
        ShopNode node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT.withShutdownDrain(Duration.ofSeconds(5)));
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        node.injector.holdAt("before enlist 3", reached, release);
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> node.checkout.place("order-1"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> reached.getCount() == 0);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(node::close);
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() ->
                assertThatThrownBy(() -> node.checkout.place("order-2")).hasMessageContaining("shutting down"));
        assertThat(stopping).isNotDone();
        release.countDown();

        inFlight.join();
        stopping.join();
        assertThat(Promises.assertHold(stores, "drained")).isTrue();
    }

    @Test
    void asynchronousPhaseTwoThatCannotDrainInTimeIsReleasedForAnyNodeToFinish() {
        TccConfig config = TccConfig.DEFAULT.withShutdownDrain(Duration.ofMillis(200))
                .withPhaseTwo(PhaseTwoConfig.DEFAULT.withAsynchronous(true).withParallelism(1).withLease(Duration.ofMinutes(10)));
        ShopNode node = new ShopNode(stores, FaultInjector.never(), config);
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        node.injector.holdAt("confirm body", reached, release);
        node.checkout.place("order-1");
        await().atMost(5, TimeUnit.SECONDS).until(() -> reached.getCount() == 0);
        node.checkout.place("order-2");

        node.close();
        release.countDown();

        List<GlobalTransaction> left = stores.repository().list(TransactionQuery.unfinished(10)).items();
        assertThat(left).extracting(GlobalTransaction::status).contains(TransactionStatus.CONFIRMING);
        assertThat(left).filteredOn(r -> r.owner() == null && !r.nextAttemptAt().isAfter(stores.clock().instant()))
                .as("the queued drive's lease was released, not left for 10 minutes").isNotEmpty();
        try (ShopNode other = new ShopNode(stores, FaultInjector.never())) {
            for (int round = 0; round < 3 && !stores.logIsEmpty(); round++) {
                stores.clock().advance(Duration.ofMinutes(11));
                other.recoverUntilIdle(5);
            }
        }
        assertThat(stores.logIsEmpty()).isTrue();
    }
}
