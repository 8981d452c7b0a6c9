package io.github.litetcc.scenario;

import io.github.litetcc.TransactionTimeoutException;
import io.github.litetcc.TryRejectedException;
import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class CoordinatorTest {
    private final Stores stores = Stores.fresh();
    private final ShopNode node = new ShopNode(stores, FaultInjector.never());

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void commitsEveryBranchOnceAndLeavesNothingInTheLog() {
        node.checkout.place("order-1");

        assertThat(Promises.assertHold(stores, "commit")).isTrue();
        assertThat(node.calls).startsWith("try order", "try inventory", "try account")
                .contains("confirm order", "confirm inventory", "confirm account");
    }

    @Test
    void aValueTheTryHandsOverReachesItsConfirmThroughTheLogEvenOnAnotherNode() {
        node.inventory.confirmFailuresLeft.set(1);
        node.checkout.place("order-1");
        assertThat(node.account.handedOver).containsExactly("reserved by account for order-1");

        stores.clock().advance(Duration.ofMinutes(5));
        try (ShopNode other = new ShopNode(stores, FaultInjector.never())) {
            assertThat(other.tcc.recovery().runOnce().confirmed()).isEqualTo(1);
            assertThat(other.inventory.handedOver).containsExactly("reserved by inventory for order-1");
        }
    }

    @Test
    void cancelsEveryEnlistedBranchInReverseOrderAndRethrowsTheTrysOwnException() {
        IllegalStateException failure = new IllegalStateException("insufficient balance");
        node.account.tryFailure = failure;

        assertThatThrownBy(() -> node.checkout.place("order-1")).isSameAs(failure);

        assertThat(Promises.assertHold(stores, "cancel")).isFalse();
        assertThat(node.calls).containsExactly("try order", "try inventory", "cancel inventory");
        assertThat(stores.ledger().tries("order")).as("the starter's own try rolled back with its body").isZero();
    }

    @Test
    void aCancelForATryThatNeverRanIsAnEmptyRollbackThatBlocksALateTry() {
        node.account.tryFailure = new IllegalStateException("insufficient balance");
        assertThatThrownBy(() -> node.checkout.place("order-1")).isInstanceOf(IllegalStateException.class);

        assertThat(stores.ledger().cancels("account")).isZero();
        assertThat(fenceStatusesOfTheOnlyTransaction()).containsExactly(FenceStatus.CANCELLED_EMPTY, FenceStatus.CANCELLED,
                FenceStatus.CANCELLED_EMPTY);
    }

    @Test
    void aConfirmThatFailsLeavesTheRecordConfirmingForRecoveryAndNeverCancels() {
        node.inventory.confirmFailuresLeft.set(1);

        node.checkout.place("order-1");

        GlobalTransaction left = onlyUnfinishedRecord();
        assertThat(left.status()).isEqualTo(TransactionStatus.CONFIRMING);
        assertThat(left.findBranch(BranchId.parse("1")).orElseThrow().status().isDone()).isTrue();
        assertThat(left.lastError()).contains("inventory is unreachable");
        stores.clock().advance(Duration.ofMinutes(5));
        RecoveryReport report = node.recoverUntilIdle(3);
        assertThat(report.due()).isZero();
        assertThat(Promises.assertHold(stores, "confirm retried")).isTrue();
        assertThat(node.calls).doesNotContain("cancel inventory", "cancel order", "cancel account");
    }

    @Test
    void aTryWhoseFailureTheStarterSwallowedIsNeverAcknowledgedSoEverythingCancels() {
        node.account.tryFailure = new IllegalStateException("insufficient balance");
        node.starter.swallowAccountFailure = true;

        assertThatThrownBy(() -> node.checkout.place("order-1")).isInstanceOf(UnacknowledgedBranchException.class)
                .hasMessageContaining("branch 3").hasMessageContaining("account");

        assertThat(Promises.assertHold(stores, "swallowed failure")).isFalse();
        assertThat(node.calls).containsSubsequence("cancel inventory", "cancel order");
    }

    @Test
    void aStarterThatWakesAfterRecoveryCancelledItGetsATimeoutAndConfirmsNothing() {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        node.injector.holdAt("before cas CONFIRMING", reached, release);
        CompletableFuture<Void> starter = CompletableFuture.runAsync(() -> node.checkout.place("order-1"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> reached.getCount() == 0);

        stores.clock().advance(Duration.ofMinutes(1));
        assertThat(node.tcc.recovery().runOnce().cancelled()).isEqualTo(1);
        release.countDown();

        assertThatThrownBy(starter::join).hasCauseInstanceOf(TransactionTimeoutException.class);
        assertThat(Promises.assertHold(stores, "late starter")).isFalse();
        assertThat(node.calls).containsSubsequence("cancel account", "cancel inventory", "cancel order");
    }

    @Test
    void aTryArrivingAfterItsBranchWasCancelledIsRejectedAndDoesNothing() {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        node.injector.holdAt("before fenced TRY 3", reached, release);
        CompletableFuture<Void> starter = CompletableFuture.runAsync(() -> node.checkout.place("order-1"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> reached.getCount() == 0);

        stores.clock().advance(Duration.ofMinutes(1));
        CompletableFuture<RecoveryReport> recovery = CompletableFuture.supplyAsync(() -> node.tcc.recovery().runOnce());
        var xid = node.begun.get(0).xid();
        await().atMost(5, TimeUnit.SECONDS).until(() -> stores.fence().find(xid, BranchId.parse("3")).isPresent());
        release.countDown();

        assertThatThrownBy(starter::join).hasCauseInstanceOf(TryRejectedException.class);
        assertThat(recovery.join().cancelled()).isEqualTo(1);
        assertThat(stores.ledger().tries("account")).isZero();
        assertThat(stores.fence().find(xid, BranchId.parse("3")).orElseThrow().status()).isEqualTo(FenceStatus.CANCELLED_EMPTY);
        assertThat(Promises.assertHold(stores, "late try")).isFalse();
    }

    @Test
    void duplicatedPhaseTwoDeliveriesTakeEffectOnce() {
        try (ShopNode duplicating = new ShopNode(Stores.fresh(), FaultInjector.never(), TccConfig.DEFAULT, DuplicatingInvoker::new)) {
            duplicating.checkout.place("order-1");
            duplicating.account.tryFailure = new IllegalStateException("no money");
            assertThatThrownBy(() -> duplicating.checkout.place("order-2")).isInstanceOf(IllegalStateException.class);
            assertThat(duplicating.calls.stream().filter(c -> c.startsWith("confirm"))).hasSize(3);
            assertThat(duplicating.calls.stream().filter(c -> c.startsWith("cancel"))).containsExactly("cancel inventory");
        }
    }

    @Test
    void asynchronousPhaseTwoAnswersAfterTheDecisionAndConfirmsBehind() {
        Stores own = Stores.fresh();
        TccConfig async = TccConfig.DEFAULT.withPhaseTwo(PhaseTwoConfig.DEFAULT.withAsynchronous(true));
        try (ShopNode asyncNode = new ShopNode(own, FaultInjector.never(), async)) {
            asyncNode.checkout.place("order-1");
            await().atMost(5, TimeUnit.SECONDS).until(own::logIsEmpty);
            assertThat(Promises.assertHold(own, "async")).isTrue();
        }
    }

    @Test
    void aNestedLocalParticipantJoinsTheSameTransactionUnderItsCallersBranch() {
        node.inventory.nested = order -> {
            assertThat(io.github.litetcc.context.BranchContext.current().orElseThrow().branch()).hasToString("2");
        };
        node.checkout.place("order-1");
        assertThat(Promises.assertHold(stores, "nested")).isTrue();
    }

    @Test
    void aShutDownNodeStartsNoNewTransactions() {
        node.tcc.close();
        assertThatThrownBy(() -> node.checkout.place("order-1")).hasMessageContaining("shutting down");
        assertThat(stores.logIsEmpty()).isTrue();
    }

    private GlobalTransaction onlyUnfinishedRecord() {
        List<GlobalTransaction> records = stores.repository().list(TransactionQuery.unfinished(10)).items();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private List<FenceStatus> fenceStatusesOfTheOnlyTransaction() {
        assertThat(node.begun).hasSize(1);
        var xid = node.begun.get(0).xid();
        return List.of("1", "2", "3").stream().map(b -> stores.fence().find(xid, BranchId.parse(b)).orElseThrow().status()).toList();
    }
}
