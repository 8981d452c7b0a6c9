package io.github.litetcc.dubbo;

import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.TransactionQuery;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Transactions across real Dubbo calls over loopback, between nodes with separate Dubbo models and logs:
 * shop (the starter) → accounts, and shop → relay → accounts (a nested participant with its own log).
 */
class DubboTransactionTest {
    private static ShopTopology topology;
    private static DubboNode accountsNode;
    private static DubboNode relayNode;
    private static DubboNode shop;
    private static Accounts accounts;
    private static Relay relay;
    private static AccountService accountService;
    private static RelayService relayService;
    private static OrderService orders;

    @BeforeAll
    static void startNodes() {
        topology = new ShopTopology("", "dubbo");
        accountsNode = topology.accountsNode;
        relayNode = topology.relayNode;
        shop = topology.shop;
        accounts = topology.accounts;
        relay = topology.relay;
        accountService = topology.accountService;
        relayService = topology.relayService;
        orders = topology.orders;
    }

    @AfterAll
    static void stopNodes() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void aCommittedTransactionConfirmsTheRemoteBranchWithWhatItsTryHandedOn() {
        accounts.open("alice", 100);
        int confirms = accounts.confirms.get();

        String answer = orders.place(() -> accountService.freeze("alice", 30));

        assertThat(answer).isEqualTo("frozen-alice-30");
        assertThat(accounts.confirms.get()).isEqualTo(confirms + 1);
        assertThat(accounts.balances.get("alice")).isEqualTo(70);
        assertThat(accounts.frozen("alice")).isZero();
        assertThat(accounts.handovers).contains("confirm hold-30");
        assertFinishedSoon(shop);
    }

    @Test
    void aTryThatFailsOnTheProviderCancelsTheTransactionAndTheCallerSeesTheFailure() {
        accounts.open("bob", 10);
        int cancels = accounts.cancels.get();

        assertThatThrownBy(() -> orders.place(() -> accountService.freeze("bob", 50)))
                .hasMessageContaining("insufficient balance on bob");

        assertThat(accounts.frozen("bob")).isZero();
        assertThat(accounts.balances.get("bob")).isEqualTo(10);
        assertThat(accounts.cancels.get()).as("an empty rollback runs no cancel body").isEqualTo(cancels);
        assertFinishedSoon(shop);
    }

    @Test
    void aFailedTryTheCallerSwallowsIsNeverAcknowledgedSoTheTransactionCancels() {
        accounts.open("carol", 100);
        accounts.open("dave", 5);

        assertThatThrownBy(() -> orders.place(() -> {
            accountService.freeze("carol", 40);
            try {
                accountService.freeze("dave", 50);
            } catch (RpcException | IllegalStateException swallowed) {
                // the business code carries on as if nothing happened
            }
            return null;
        })).isInstanceOf(UnacknowledgedBranchException.class);

        assertThat(accounts.balances.get("carol")).isEqualTo(100);
        assertThat(accounts.frozen("carol")).isZero();
        assertThat(accounts.handovers).contains("cancel hold-40");
        assertFinishedSoon(shop);
    }

    @Test
    void aCallToAnUnmarkedMethodPassesThroughWithoutEnlisting() {
        accounts.open("erin", 12);

        long available = orders.place(() -> accountService.available("erin"));

        assertThat(available).isEqualTo(12);
        assertFinishedSoon(shop);
    }

    @Test
    void aNestedParticipantConfirmsItsOwnChildWhenItsConfirmArrives() {
        accounts.open("frank", 100);
        int relayConfirms = relay.confirms.get();

        orders.place(() -> {
            relayService.relay("frank", 25, false);
            return null;
        });

        assertThat(relay.confirms.get()).isEqualTo(relayConfirms + 1);
        assertThat(accounts.balances.get("frank")).isEqualTo(75);
        assertThat(accounts.frozen("frank")).isZero();
        assertThat(unfinished(relayNode)).as("the relay's record of its children is finished").isEmpty();
        assertFinishedSoon(shop);
    }

    @Test
    void aNestedParticipantThatSwallowsItsChildsFailureFailsItsOwnTryAndEverythingCancels() {
        accounts.open("grace", 100);
        accounts.open("heidi", 0);

        assertThatThrownBy(() -> orders.place(() -> {
            accountService.freeze("grace", 10);
            relayService.relay("heidi", 20, true);
            return null;
        })).hasMessageContaining("never acknowledged");

        assertThat(accounts.balances.get("grace")).isEqualTo(100);
        assertThat(accounts.frozen("grace")).isZero();
        assertThat(accounts.frozen("heidi")).isZero();
        assertThat(unfinished(relayNode)).isEmpty();
        assertFinishedSoon(shop);
    }

    @Test
    void aConfirmThatFailsIsFinishedByRecoveryOnANodeWithoutACompiledReference() throws Exception {
        accounts.open("ivan", 100);
        accounts.failNextConfirms.set(1);

        orders.place(() -> accountService.freeze("ivan", 60));

        List<GlobalTransaction> open = unfinished(shop);
        assertThat(open).singleElement().extracting(GlobalTransaction::status).isEqualTo(TransactionStatus.CONFIRMING);
        TccDubboConfig direct = TccDubboConfig.DEFAULT.withDirectUrl(AccountService.class.getName(), "dubbo://127.0.0.1:" + accountsNode.port);
        try (DubboNode rescuer = new DubboNode("rescuer", shop.repository, direct).start()) {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                rescuer.tcc.recovery().runOnce();
                return unfinished(shop).isEmpty();
            });
        }
        assertThat(accounts.balances.get("ivan")).isEqualTo(40);
        assertThat(accounts.frozen("ivan")).isZero();
    }

    @Test
    void aCancelForANestedParticipantThatNeverTriedLeavesATombstoneInItsLog() throws Exception {
        int cancels = relay.cancels.get();
        io.github.litetcc.model.Xid xid = io.github.litetcc.model.Xid.generate(java.time.Instant.now());
        io.github.litetcc.model.Branch branch = io.github.litetcc.model.Branch.remote(io.github.litetcc.model.BranchId.parse("1"),
                io.github.litetcc.model.ParticipantId.of(RelayService.class.getName(),
                        RelayService.class.getMethod("relay", String.class, long.class, boolean.class)),
                null, null, shop.tcc.serializer().serialize(new Object[] {"judy", 5L, false}));
        TccDubboConfig direct = TccDubboConfig.DEFAULT.withDirectUrl(RelayService.class.getName(), "dubbo://127.0.0.1:" + relayNode.port);

        try (DubboNode caller = new DubboNode("caller", new io.github.litetcc.repository.memory.InMemoryTransactionRepository(), direct).start()) {
            caller.remoteInvoker.invoke(io.github.litetcc.model.TransactionKey.root(xid), branch, io.github.litetcc.model.Phase.CANCEL,
                    java.time.Instant.now().plusSeconds(30));
        }

        GlobalTransaction tombstone = relayNode.repository.find(new io.github.litetcc.model.TransactionKey(xid, branch.id())).orElseThrow();
        assertThat(tombstone.status()).isEqualTo(TransactionStatus.CANCELLING);
        assertThat(tombstone.branches()).isEmpty();
        assertThat(relay.cancels.get()).as("an empty rollback runs no cancel body").isEqualTo(cancels);
    }

    /** The starter's record is finished behind its caller: waits (bounded) until the node's log holds nothing unfinished. */
    static void assertFinishedSoon(DubboNode node) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(unfinished(node)).isEmpty());
    }

    private static List<GlobalTransaction> unfinished(DubboNode node) {
        return node.repository.list(TransactionQuery.unfinished(50)).items();
    }
}
