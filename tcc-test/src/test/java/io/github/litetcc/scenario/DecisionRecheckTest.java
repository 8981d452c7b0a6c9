package io.github.litetcc.scenario;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.test.fault.FaultInjector;
import io.github.litetcc.test.ledger.Ledger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The starter's decision is a compare-and-set at the version it saw when it checked the acknowledgements: a
 * branch enlisted from another thread while the decision is being written makes it lose, read the record
 * again and check again, so the late branch is confirmed with the others, or everything is cancelled.
 */
class DecisionRecheckTest {
    private final Stores stores = Stores.fresh();
    private final ShopNode node = new ShopNode(stores, FaultInjector.never());
    private final AtomicReference<Runnable> lateTry = new AtomicReference<>();
    private final CountDownLatch decisionReached = new CountDownLatch(1);
    private final CountDownLatch releaseDecision = new CountDownLatch(1);

    @AfterEach
    void stop() {
        releaseDecision.countDown();
        node.close();
    }

    @Test
    void aBranchEnlistedAndAcknowledgedWhileTheDecisionIsWrittenIsConfirmedWithTheOthers() {
        CompletableFuture<Void> starter = startAndHoldTheDecision();

        lateTry.get().run();
        releaseDecision.countDown();
        starter.join();

        assertThat(casSteps()).as("the first compare-and-set lost to the enlist, the re-check wrote the second").isEqualTo(2);
        assertThat(node.events.events).contains("TRYING -> CONFIRMING").doesNotContain("TRYING -> CANCELLING");
        assertThat(fenceStatusOf("4")).isEqualTo(FenceStatus.CONFIRMED);
        assertThat(stores.ledger().confirms("inventory")).isEqualTo(2);
        assertThat(stores.logIsEmpty()).isTrue();
    }

    @Test
    void aBranchEnlistedButNotYetAcknowledgedWhenTheDecisionIsCheckedAgainCancelsEverything() {
        CompletableFuture<Void> starter = startAndHoldTheDecision();
        CountDownLatch lateTryRunning = new CountDownLatch(1);
        CountDownLatch releaseLateTry = new CountDownLatch(1);
        node.injector.holdAt("try body inventory", lateTryRunning, releaseLateTry);
        CompletableFuture<Void> late = CompletableFuture.runAsync(lateTry.get());
        await().atMost(5, TimeUnit.SECONDS).until(() -> lateTryRunning.getCount() == 0);

        releaseDecision.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> node.events.events.contains("TRYING -> CANCELLING"));
        releaseLateTry.countDown();

        assertThatThrownBy(starter::join).hasCauseInstanceOf(UnacknowledgedBranchException.class)
                .hasMessageContaining("branch 4");
        assertThatThrownBy(late::join).as("the late try cannot complete once the record is CANCELLING (or already finished,"
                        + " when the cancel got the fence row first)")
                .cause().isInstanceOfAny(ConcurrentUpdateException.class, io.github.litetcc.NoSuchTransactionException.class);
        stores.clock().advance(Duration.ofMinutes(1));
        node.recoverUntilIdle(3);
        Ledger ledger = stores.ledger();
        assertThat(Promises.PARTICIPANTS).allSatisfy(p -> assertThat(ledger.confirms(p)).as("confirms of %s", p).isZero());
        assertThat(ledger.cancels("inventory")).as("both inventory tries undone").isEqualTo(ledger.tries("inventory")).isEqualTo(2);
        assertThat(stores.logIsEmpty()).isTrue();
    }

    /** Starts an order whose body leaves a try to be run later from another thread, and holds its decision's write. */
    private CompletableFuture<Void> startAndHoldTheDecision() {
        node.starter.afterTries = inventory -> lateTry.set(TransactionContextHolder.wrap(() -> inventory.reserve("order-1 extra")));
        node.injector.holdAt("before cas CONFIRMING", decisionReached, releaseDecision);
        CompletableFuture<Void> starter = CompletableFuture.runAsync(() -> node.checkout.place("order-1"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> decisionReached.getCount() == 0);
        return starter;
    }

    private long casSteps() {
        return node.injector.trace().stream().filter("before cas CONFIRMING"::equals).count();
    }

    private FenceStatus fenceStatusOf(String branch) {
        return stores.fence().find(node.begun.get(0).xid(), BranchId.parse(branch)).orElseThrow().status();
    }
}
