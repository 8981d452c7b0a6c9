package io.github.litetcc.scenario;

import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The listener events a node emits, in order, on each path of a transaction. */
class ListenerEventsTest {
    private static final RecoveryConfig PARK_AFTER_THREE = RecoveryConfig.DEFAULT
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0).withAlertAfter(2).withMaxAttempts(3);
    private final Stores stores = Stores.fresh();
    private final ShopNode node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT.withRecovery(PARK_AFTER_THREE));

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aCommitIsBegunDecidedAndFinished() {
        node.checkout.place("order-1");

        await().atMost(Promises.FINISH_WRITTEN_WITHIN).untilAsserted(() -> assertThat(node.events.events)
                .containsExactly("begun", "TRYING -> CONFIRMING", "CONFIRMING -> CONFIRMED", "finished CONFIRMED"));
    }

    @Test
    void aFinishedTransactionLastsFromItsBeginOnTheNodesClock() {
        node.inventory.nested = order -> stores.clock().advance(Duration.ofMillis(250));

        node.checkout.place("order-1");

        await().atMost(Promises.FINISH_WRITTEN_WITHIN).untilAsserted(() -> assertThat(node.events.durations).containsExactly(250L));
    }

    @Test
    void aFailedTryIsBegunCancelledAndFinished() {
        node.account.tryFailure = new IllegalStateException("insufficient balance");

        assertThatThrownBy(() -> node.checkout.place("order-1")).isInstanceOf(IllegalStateException.class);

        await().atMost(Promises.FINISH_WRITTEN_WITHIN).untilAsserted(() -> assertThat(node.events.events)
                .containsExactly("begun", "TRYING -> CANCELLING", "CANCELLING -> CANCELLED", "finished CANCELLED"));
    }

    @Test
    void aConfirmThatKeepsFailingIsReportedEachTimeThenStuckThenParked() {
        node.inventory.confirmFailuresLeft.set(100);
        node.checkout.place("order-1");
        for (int pass = 0; pass < 3; pass++) {
            stores.clock().advance(Duration.ofMinutes(1));
            node.tcc.recovery().runOnce();
        }

        assertThat(node.events.events).containsExactly("begun", "TRYING -> CONFIRMING", "CONFIRM of 2 failed",
                "recovery attempted CONFIRMING", "CONFIRM of 2 failed", "stuck CONFIRMING",
                "recovery attempted CONFIRMING", "CONFIRM of 2 failed", "CONFIRMING -> PARKED_CONFIRMING", "parked CONFIRMING");
    }

    @Test
    void anUnreadableStoredRecordIsReportedAsCorrupt() {
        TransactionKey corrupt = TransactionKey.root(Xid.generate(stores.clock().instant()));
        stores.repository().putRaw(corrupt, new byte[]{(byte) 0xC1, 1, 7});
        stores.clock().advance(Duration.ofMinutes(1));

        node.tcc.recovery().runOnce();

        assertThat(node.events.events).containsExactly("corrupt " + corrupt);
    }
}
