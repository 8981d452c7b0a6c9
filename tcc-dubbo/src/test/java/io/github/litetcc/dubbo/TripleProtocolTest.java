package io.github.litetcc.dubbo;

import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same protocol over Dubbo's triple protocol (HTTP/2), nested participant included: attachments survive it. */
class TripleProtocolTest {
    private static DubboNode accountsNode;
    private static DubboNode relayNode;
    private static DubboNode shop;
    private static Accounts accounts;
    private static AccountService accountService;
    private static RelayService relayService;
    private static OrderService orders;

    @BeforeAll
    static void startNodes() {
        accounts = new Accounts();
        accountsNode = new DubboNode("tri-accounts", "tri", DubboNode.freePort(), new InMemoryTransactionRepository(), TccDubboConfig.DEFAULT);
        accountsNode.export(AccountService.class, accounts, "accounts");
        accountsNode.start();
        Relay relay = new Relay();
        relayNode = new DubboNode("tri-relay", "tri", DubboNode.freePort(), new InMemoryTransactionRepository(), TccDubboConfig.DEFAULT);
        relayNode.export(RelayService.class, relay, "relay");
        relayNode.start();
        relay.next(relayNode.reference(AccountService.class, accountsNode));
        shop = new DubboNode("tri-shop", "tri", DubboNode.freePort(), new InMemoryTransactionRepository(), TccDubboConfig.DEFAULT).start();
        accountService = shop.reference(AccountService.class, accountsNode);
        relayService = shop.reference(RelayService.class, relayNode);
        orders = shop.tcc.proxy(OrderService.class, new Orders(), "orders", null);
    }

    @AfterAll
    static void stopNodes() {
        for (DubboNode node : new DubboNode[] {shop, relayNode, accountsNode}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aTransactionOverTripleConfirmsItsDirectAndNestedBranches() {
        accounts.open("quinn", 100);

        orders.place(() -> {
            accountService.freeze("quinn", 10);
            relayService.relay("quinn", 20, false);
            return null;
        });

        assertThat(accounts.balances.get("quinn")).isEqualTo(70);
        assertThat(accounts.frozen("quinn")).isZero();
        assertThat(shop.repository.list(TransactionQuery.unfinished(10)).items()).isEmpty();
        assertThat(relayNode.repository.list(TransactionQuery.unfinished(10)).items()).isEmpty();
    }

    @Test
    void aSwallowedFailureOverTripleStillCancels() {
        accounts.open("rita", 100);
        accounts.open("sam", 0);

        assertThatThrownBy(() -> orders.place(() -> {
            accountService.freeze("rita", 10);
            try {
                accountService.freeze("sam", 10);
            } catch (RuntimeException swallowed) {
                // ignored by the business code
            }
            return null;
        })).isInstanceOf(UnacknowledgedBranchException.class);

        assertThat(accounts.balances.get("rita")).isEqualTo(100);
        assertThat(accounts.frozen("rita")).isZero();
    }
}
