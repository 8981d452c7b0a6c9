package io.github.litetcc.dubbo;

import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same protocol over Dubbo's triple protocol (HTTP/2), nested participant included: attachments survive it. */
class TripleProtocolTest {
    private static ShopTopology topology;

    @BeforeAll
    static void startNodes() {
        topology = new ShopTopology("tri-", "tri");
    }

    @AfterAll
    static void stopNodes() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void aTransactionOverTripleConfirmsItsDirectAndNestedBranches() {
        topology.accounts.open("quinn", 100);

        topology.orders.place(() -> {
            topology.accountService.freeze("quinn", 10);
            topology.relayService.relay("quinn", 20, false);
            return null;
        });

        assertThat(topology.accounts.balances.get("quinn")).isEqualTo(70);
        assertThat(topology.accounts.frozen("quinn")).isZero();
        DubboTransactionTest.assertFinishedSoon(topology.shop);
        assertThat(topology.relayNode.repository.list(TransactionQuery.unfinished(10)).items()).isEmpty();
    }

    @Test
    void aSwallowedFailureOverTripleStillCancels() {
        topology.accounts.open("rita", 100);
        topology.accounts.open("sam", 0);

        assertThatThrownBy(() -> topology.orders.place(() -> {
            topology.accountService.freeze("rita", 10);
            try {
                topology.accountService.freeze("sam", 10);
            } catch (RuntimeException swallowed) {
                // ignored by the business code
            }
            return null;
        })).isInstanceOf(UnacknowledgedBranchException.class);

        assertThat(topology.accounts.balances.get("rita")).isEqualTo(100);
        assertThat(topology.accounts.frozen("rita")).isZero();
    }
}
