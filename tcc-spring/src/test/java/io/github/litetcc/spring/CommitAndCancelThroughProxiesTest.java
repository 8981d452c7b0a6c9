package io.github.litetcc.spring;

import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.Phase;
import io.github.litetcc.spring.shop.Inventory;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.OrderStarter;
import io.github.litetcc.spring.shop.PaymentParticipant;
import io.github.litetcc.spring.shop.ShopApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = ShopApplication.class, properties = "spring.aop.proxy-target-class=false")
class CommitAndCancelThroughProxiesTest {
    @Autowired
    OrderStarter orders;
    @Autowired
    Inventory inventory;
    @Autowired
    PaymentParticipant payment;
    @Autowired
    Ledger ledger;

    @BeforeEach
    void clearLedger() {
        ledger.clear();
    }

    @Test
    void theInventoryIsBehindAJdkProxyAndThePaymentBehindAClassProxy() {
        assertThat(AopUtils.isJdkDynamicProxy(inventory)).isTrue();
        assertThat(AopUtils.isCglibProxy(payment)).isTrue();
    }

    @Test
    void confirmsEveryBranchWhenTheStarterReturns() {
        String result = orders.place("book", "alice");

        assertThat(result).isEqualTo("order of book");
        assertThat(ledger.actions()).containsExactlyInAnyOrder("place", "reserve book", "pay alice", "award alice",
                "after award alice", "placed", "sell book", "capture alice", "grant alice");
    }

    @Test
    void cancelsEveryBranchWhenATryFails() {
        assertThatThrownBy(() -> orders.place("missing-book", "alice"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no stock of missing-book");

        assertThat(ledger.actions()).containsExactly("place", "reserve missing-book", "release missing-book");
    }

    @Test
    void cancelsEvenWhenTheStarterSwallowsATryFailure() {
        assertThatThrownBy(() -> orders.placeIgnoringStockFailures("missing-pen", "bob"))
                .isInstanceOf(UnacknowledgedBranchException.class).hasMessageContaining("never acknowledged its try");

        assertThat(ledger.actions()).contains("release missing-pen", "refund bob", "revoke bob")
                .doesNotContain("sell missing-pen", "capture bob", "grant bob");
    }

    @Test
    void aNestedParticipantJoinsTheStartersTransactionAndLeavesTheCallersContextIntact() {
        orders.place("lamp", "carol");

        TransactionContext place = ledger.find("place").context();
        TransactionContext pay = ledger.find("pay carol").context();
        TransactionContext award = ledger.find("award carol").context();
        TransactionContext afterAward = ledger.find("after award carol").context();
        assertThat(ledger.find("reserve lamp").context().xid()).isEqualTo(place.xid());
        assertThat(award.xid()).isEqualTo(place.xid());
        assertThat(award.branch().parent()).isEqualTo(pay.branch());
        assertThat(afterAward).isSameAs(pay);
        assertThat(ledger.find("placed").context()).isSameAs(place);
        assertThat(TransactionContextHolder.current()).isEmpty();
    }

    @Test
    void confirmAndCancelBodiesRunInAPhaseTwoContextOfTheirBranch() {
        orders.place("desk", "dave");

        TransactionContext sell = ledger.find("sell desk").context();
        assertThat(sell.phase()).isEqualTo(Phase.CONFIRM);
        assertThat(sell.branch()).isEqualTo(ledger.find("reserve desk").context().branch());
        assertThat(ledger.find("grant dave").context().phase()).isEqualTo(Phase.CONFIRM);
    }
}
