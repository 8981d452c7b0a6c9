package io.github.litetcc.spring;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.ShippingParticipant;
import io.github.litetcc.spring.shop.ShopApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = ShopApplication.class, properties = {"tcc.recovery.interval=200ms", "tcc.recovery.backoff-base=100ms",
        "tcc.recovery.backoff-cap=200ms"})
class RecoveryJobTest {
    @Autowired
    ShippingParticipant shipping;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionOperations operations;
    @Autowired
    MeterRegistry meters;

    @Test
    void theRecoveryJobFinishesATransactionLeftConfirming() {
        shipping.block("parcel-1");

        assertThat(shipping.ship("parcel-1")).isEqualTo("shipped parcel-1");

        GlobalTransaction left = unfinishedShipping();
        assertThat(left.status()).isEqualTo(TransactionStatus.CONFIRMING);
        await().atMost(Duration.ofSeconds(10)).until(() -> operations.find(left.key().toString())
                .map(GlobalTransaction::attempts).orElse(0) >= 2);
        shipping.unblock("parcel-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> operations.find(left.key().toString()).isEmpty());
        assertThat(ledger.actions()).containsSubsequence("ship parcel-1", "blocked parcel-1", "deliver parcel-1");
    }

    @Test
    void recoveryAndItsOutcomeAreCountedUnderTcc() {
        shipping.block("parcel-2");
        shipping.ship("parcel-2");
        GlobalTransaction left = unfinishedShipping();
        shipping.unblock("parcel-2");
        await().atMost(Duration.ofSeconds(10)).until(() -> operations.find(left.key().toString()).isEmpty());

        assertThat(meters.get("tcc.phase2.failures").tag("phase", "confirm").counter().count()).isPositive();
        assertThat(meters.get("tcc.recovery.attempts").counter().count()).isPositive();
        assertThat(meters.get("tcc.transactions").tags("outcome", "confirmed", "record", "root").counter().count()).isPositive();
        assertThat(meters.get("tcc.transaction.duration").tag("outcome", "confirmed").timer().count()).isPositive();
        assertThat(meters.get("tcc.transactions.stuck").gauge().value()).isZero();
        assertThat(meters.get("tcc.transactions.parked").gauge().value()).isZero();
        assertThat(meters.get("tcc.fence.orphans").gauge().value()).isZero();
    }

    private GlobalTransaction unfinishedShipping() {
        List<GlobalTransaction> unfinished = operations.list(TransactionQuery.unfinished(10)).items();
        assertThat(unfinished).hasSize(1);
        return unfinished.get(0);
    }
}
