package io.github.litetcc.scenario;

import io.github.litetcc.PhaseFailedException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the starter sees when its body fails: the body's own exception, later failures suppressed in it, and every branch cancelled last first. */
class StarterFailureTest {
    private final Stores stores = Stores.fresh();
    private final List<RecordingInvoker.Delivery> sent = new CopyOnWriteArrayList<>();
    private final ShopNode node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT,
            local -> new RecordingInvoker(local, sent));
    private final IllegalStateException failure = new IllegalStateException("order rejected after its reservations");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void cancelsEveryEnlistedBranchLastFirstWhenTheStarterThrowsAfterItsTries() {
        node.starter.afterTries = inventory -> {
            throw failure;
        };

        assertThatThrownBy(() -> node.checkout.place("order-1")).isSameAs(failure);

        assertThat(sent).extracting(d -> d.phase() + " " + d.branch().id()).containsExactly("CANCEL 3", "CANCEL 2", "CANCEL 1");
        assertThat(node.calls).containsSubsequence("try order", "try inventory", "try account", "cancel account", "cancel inventory");
        assertThat(fenceStatuses()).containsExactly(FenceStatus.CANCELLED_EMPTY, FenceStatus.CANCELLED, FenceStatus.CANCELLED);
        assertThat(Promises.assertHold(stores, "starter threw after its tries")).isFalse();
    }

    @Test
    void aCancelThatFailsIsSuppressedInTheBodysOwnExceptionAndLeftToRecovery() {
        node.starter.afterTries = inventory -> {
            throw failure;
        };
        node.inventory.cancelFailuresLeft.set(1);

        assertThatThrownBy(() -> node.checkout.place("order-1")).isSameAs(failure);

        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(PhaseFailedException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("Cancel of transaction", "inventory is unreachable"));
        assertThat(sent).extracting(d -> d.phase() + " " + d.branch().id()).as("stops at the first failed cancel")
                .containsExactly("CANCEL 3", "CANCEL 2");
        assertThat(onlyUnfinishedStatus()).isEqualTo(TransactionStatus.CANCELLING);
        stores.clock().advance(Duration.ofMinutes(1));
        node.recoverUntilIdle(3);
        assertThat(Promises.assertHold(stores, "cancel retried")).isFalse();
    }

    @Test
    void aDecisionThatCannotBeWrittenIsSuppressedInTheBodysOwnExceptionAndRecoveryCancelsLater() {
        node.starter.afterTries = inventory -> {
            throw failure;
        };
        node.injector.failAt("before cas CANCELLING", step -> new RepositoryUnavailableException("log down at " + step, null));

        assertThatThrownBy(() -> node.checkout.place("order-1")).isSameAs(failure);

        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(RepositoryUnavailableException.class);
        assertThat(sent).isEmpty();
        assertThat(onlyUnfinishedStatus()).isEqualTo(TransactionStatus.TRYING);
        node.injector.heal();
        stores.clock().advance(Duration.ofMinutes(1));
        node.recoverUntilIdle(3);
        assertThat(sent).extracting(d -> d.phase()).containsOnly(Phase.CANCEL);
        assertThat(Promises.assertHold(stores, "decision written by recovery")).isFalse();
    }

    private TransactionStatus onlyUnfinishedStatus() {
        return stores.repository().list(TransactionQuery.unfinished(10)).items().stream().map(r -> r.status())
                .reduce((a, b) -> {
                    throw new AssertionError("more than one unfinished record");
                }).orElseThrow();
    }

    private List<FenceStatus> fenceStatuses() {
        var xid = node.begun.get(0).xid();
        return List.of("1", "2", "3").stream().map(b -> stores.fence().find(xid, BranchId.parse(b)).orElseThrow().status()).toList();
    }
}
