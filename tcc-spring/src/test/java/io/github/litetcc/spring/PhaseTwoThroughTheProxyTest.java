package io.github.litetcc.spring;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.bank.AccountParticipant;
import io.github.litetcc.spring.bank.BankApplication;
import io.github.litetcc.spring.bank.SeatReservations;
import io.github.litetcc.spring.bank.Transfers;
import io.github.litetcc.spring.shop.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = BankApplication.class, properties = {"spring.datasource.url=jdbc:h2:mem:bank-proxy;DB_CLOSE_DELAY=-1",
        "tcc.fence.enabled=false", "tcc.recovery.enabled=false"})
class PhaseTwoThroughTheProxyTest {
    @Autowired
    Transfers transfers;
    @Autowired
    AccountParticipant accounts;
    @Autowired
    SeatReservations seats;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionOperations operations;
    @Autowired
    TransactionRecovery recovery;

    @Test
    void aTransactionalConfirmRunsInItsOwnLocalTransaction() {
        String account = "acc-" + UUID.randomUUID();

        transfers.transfer(account, 5);

        assertThat(AopUtils.isCglibProxy(accounts)).isTrue();
        assertThat(ledger.actions()).contains("credit " + account + " in a local transaction");
        assertThat(accounts.credits(account)).isEqualTo(1);
    }

    @Test
    void aTransactionalConfirmThatFailsRollsItsChangeBackAndRecoveryConfirmsLater() {
        String account = "acc-" + UUID.randomUUID();
        accounts.freeze(account);

        transfers.transfer(account, 5);

        GlobalTransaction left = unfinishedWithError(account);
        assertThat(left.status()).isEqualTo(TransactionStatus.CONFIRMING);
        assertThat(accounts.credits(account)).isZero();
        accounts.thaw(account);
        operations.retryNow(left.key().toString());
        recovery.runOnce();
        assertThat(operations.find(left.key().toString())).isEmpty();
        assertThat(accounts.credits(account)).isEqualTo(1);
    }

    @Test
    void aConfirmThatIsItselfATryRunsThroughTheProxyAsAPlainCallNotAsANewTry() {
        String seat = "seat-" + UUID.randomUUID();

        seats.reserve(seat);

        Ledger.Entry book = ledger.find("book " + seat + " in a local transaction");
        assertThat(book.context().phase()).isEqualTo(Phase.CONFIRM);
        assertThat(book.context().xid()).isEqualTo(ledger.find("reserve " + seat).context().xid());
        assertThat(ledger.actions()).doesNotContain("issue " + seat, "unbook " + seat, "free " + seat);
        // the starter's record is finished behind the caller: wait (bounded) for it
        await().atMost(Duration.ofSeconds(5)).until(() -> operations.find(book.context().xid().toString()).isEmpty());
    }

    private GlobalTransaction unfinishedWithError(String account) {
        return operations.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().stream()
                .filter(record -> record.lastError() != null && record.lastError().contains(account))
                .findFirst().orElseThrow(() -> new AssertionError("no unfinished transaction failed for " + account));
    }
}
