package io.github.litetcc.scenario;

import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A completed transaction's finish is written behind its caller, in batches shared with other transactions. */
class BackgroundFinishTest {
    private static final String BATCHED_FINISH = "before finish ";

    private final Stores stores = Stores.fresh();
    private final FaultInjector injector = FaultInjector.never();
    private final ShopNode node = new ShopNode(stores, injector, TccConfig.DEFAULT.withNodeId("background-finish"));
    private final CountDownLatch finishReached = new CountDownLatch(1);
    private final CountDownLatch finishReleased = new CountDownLatch(1);

    @AfterEach
    void closeNode() {
        finishReleased.countDown();
        node.close();
    }

    @Test
    void theCallerIsAnsweredWithItsConfirmsAppliedBeforeItsFinishIsWritten() throws InterruptedException {
        injector.holdAt(BATCHED_FINISH, finishReached, finishReleased);

        node.checkout.place("order-1");

        assertThat(finishReached.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stores.ledger().confirms("inventory")).isEqualTo(1);
        assertThat(stores.ledger().confirms("account")).isEqualTo(1);
        TransactionKey key = node.begun.get(0);
        assertThat(stores.repository().find(key)).get().extracting(r -> r.status()).isEqualTo(TransactionStatus.CONFIRMING);
        finishReleased.countDown();
        Promises.assertHold(stores, "finished behind the caller");
    }

    @Test
    void finishesQueuedWhileOneIsWrittenShareTheNextWrite() throws InterruptedException {
        injector.holdAt(BATCHED_FINISH, finishReached, finishReleased);
        node.checkout.place("order-1");
        assertThat(finishReached.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 2; i <= 6; i++) {
            node.checkout.place("order-" + i);
        }
        finishReleased.countDown();

        await().atMost(Promises.FINISH_WRITTEN_WITHIN).until(stores::logIsEmpty);
        assertThat(injector.trace()).filteredOn(step -> step.startsWith(BATCHED_FINISH))
                .containsExactly("before finish 1 records", "before finish 5 records");
        assertThat(node.events.events).filteredOn(event -> event.equals("finished CONFIRMED")).hasSize(6);
    }

    @Test
    void aFinishThatFailsLeavesTheRecordDecidedAndRecoveryFinishesIt() {
        injector.failAt(BATCHED_FINISH, step -> new RepositoryUnavailableException("log down at " + step, null));

        node.checkout.place("order-1");

        await().atMost(Promises.FINISH_WRITTEN_WITHIN).until(() -> injector.trace().stream().anyMatch(s -> s.startsWith(BATCHED_FINISH)));
        injector.heal();
        TransactionKey key = node.begun.get(0);
        assertThat(stores.repository().find(key)).get().extracting(r -> r.status()).isEqualTo(TransactionStatus.CONFIRMING);
        stores.clock().advance(PhaseTwoConfig.DEFAULT.lease().plusSeconds(1));
        assertThat(node.tcc.recovery().runOnce().confirmed()).isEqualTo(1);
        assertThat(Promises.assertHold(stores, "finished by recovery")).isTrue();
    }

    @Test
    void closingTheNodeWritesTheFinishesStillQueued() throws InterruptedException {
        injector.holdAt(BATCHED_FINISH, finishReached, finishReleased);
        node.checkout.place("order-1");
        assertThat(finishReached.await(5, TimeUnit.SECONDS)).isTrue();
        node.checkout.place("order-2");
        node.checkout.place("order-3");

        Thread closing = new Thread(node::close, "closing");
        closing.start();
        finishReleased.countDown();
        closing.join(Duration.ofSeconds(10).toMillis());

        assertThat(closing.isAlive()).isFalse();
        assertThat(stores.logIsEmpty()).isTrue();
    }

    @Test
    void withBackgroundFinishOffTheRecordIsGoneWhenTheCallerIsAnswered() {
        FaultInjector counting = FaultInjector.never();
        try (ShopNode inline = new ShopNode(stores, counting, TccConfig.DEFAULT.withNodeId("inline-finish")
                .withPhaseTwo(PhaseTwoConfig.DEFAULT.withBackgroundFinish(false)))) {
            inline.checkout.place("order-1");

            assertThat(stores.logIsEmpty()).isTrue();
            assertThat(counting.trace()).contains("before finish CONFIRMED").noneMatch(step -> step.endsWith(" records"));
        }
    }
}
