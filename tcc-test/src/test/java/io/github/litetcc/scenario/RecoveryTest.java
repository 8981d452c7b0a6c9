package io.github.litetcc.scenario;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.TccUsageException;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryTest {
    private static final RecoveryConfig FAST = RecoveryConfig.DEFAULT
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0).withAlertAfter(3);
    private final Stores stores = Stores.fresh();
    private ShopNode node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT.withRecovery(FAST));

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aCorruptRecordIsReportedAndPostponedWhileTheOthersAreFinished() {
        node.inventory.confirmFailuresLeft.set(1);
        node.checkout.place("order-1");
        TransactionKey corrupt = TransactionKey.root(Xid.generate(stores.clock().instant()));
        stores.repository().putRaw(corrupt, new byte[]{(byte) 0xC1, 1, 7, 7, 7});
        stores.clock().advance(Duration.ofMinutes(1));

        RecoveryReport report = node.tcc.recovery().runOnce();

        assertThat(report.corrupt()).isEqualTo(1);
        assertThat(report.confirmed()).isEqualTo(1);
        assertThat(stores.ledger().confirms("inventory")).isEqualTo(1);
        assertThat(node.tcc.recovery().runOnce().corrupt()).as("postponed, not retried at once").isZero();
        assertThatThrownBy(() -> stores.repository().find(corrupt)).isInstanceOf(io.github.litetcc.CorruptRecordException.class);
    }

    @Test
    void theXidStaysInTheMdcThroughoutAPhaseTwoThatRecoveryDrives() {
        node.inventory.confirmFailuresLeft.set(1);
        node.checkout.place("order-1");
        String xid = node.begun.get(0).xid().toString();
        node.events.clear();
        stores.clock().advance(Duration.ofMinutes(1));

        assertThat(node.tcc.recovery().runOnce().confirmed()).isEqualTo(1);

        assertThat(node.events.events).containsExactly("recovery attempted CONFIRMING", "CONFIRMING -> CONFIRMED", "finished CONFIRMED");
        assertThat(node.events.xidsInMdc).as("the xid in the MDC at each event, after the branch scopes closed too")
                .containsOnly(xid);
    }

    @Test
    void aFailingConfirmBacksOffExponentiallyAndIsFlaggedStuckAfterTheAlertThreshold() {
        node.inventory.confirmFailuresLeft.set(100);
        node.checkout.place("order-1");
        for (int pass = 0; pass < 3; pass++) {
            stores.clock().advance(Duration.ofMinutes(1));
            assertThat(node.tcc.recovery().runOnce().retryLater()).isEqualTo(1);
        }
        GlobalTransaction stuck = only(node.tcc.operations().stuck(10).items());
        assertThat(stuck.attempts()).isEqualTo(4);
        assertThat(stuck.nextAttemptAt()).isEqualTo(stores.clock().instant().plusSeconds(8));
        assertThat(stuck.status()).isEqualTo(TransactionStatus.CONFIRMING);

        node.inventory.confirmFailuresLeft.set(0);
        node.tcc.operations().retryNow(stuck.key().toString());
        assertThat(node.tcc.recovery().runOnce().confirmed()).isEqualTo(1);
        assertThat(Promises.assertHold(stores, "stuck then retried")).isTrue();
    }

    @Test
    void jitterTakesARandomShareOffEachBackoffSoRecordsAreNotRetriedInLockstep() {
        node.close();
        RecoveryConfig jittery = RecoveryConfig.DEFAULT.withBackoff(Duration.ofSeconds(8), Duration.ofMinutes(1), 0.5);
        node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT.withRecovery(jittery));
        node.inventory.confirmFailuresLeft.set(1000);
        for (int order = 0; order < 20; order++) {
            node.checkout.place("order-" + order);
        }

        Instant now = stores.clock().instant();
        List<Duration> delays = stores.repository().list(TransactionQuery.unfinished(100)).items().stream()
                .map(record -> Duration.between(now, record.nextAttemptAt())).toList();
        assertThat(delays).hasSize(20).allSatisfy(delay ->
                assertThat(delay).as("8 s less up to half of it").isGreaterThan(Duration.ofSeconds(4)).isLessThanOrEqualTo(Duration.ofSeconds(8)));
        assertThat(Set.copyOf(delays)).as("spread out, not in lockstep").hasSizeGreaterThan(1);
    }

    @Test
    void aRecordWhoseRecoveryFailsUnexpectedlyIsCountedKeptRetriedAfterItsLeaseAndListedStuck() {
        node.inventory.confirmFailuresLeft.set(1);
        node.account.confirmFailuresLeft.set(100);
        node.checkout.place("order-1");
        node.injector.failAt("before record", step -> new RepositoryUnavailableException("log unavailable at " + step, null));
        String xid = node.begun.get(0).xid().toString();
        try (CapturedLog log = new CapturedLog(TransactionRecovery.class)) {
            for (int pass = 1; pass <= 3; pass++) {
                stores.clock().advance(FAST.lease().plusSeconds(1));
                assertThat(node.tcc.recovery().runOnce().errors()).as("pass %d", pass).isEqualTo(1);
            }
            assertThat(log.xidsOfErrorLines()).as("one ERROR line per pass, with the xid in the MDC").containsExactly(xid, xid, xid);
        }

        GlobalTransaction kept = only(node.tcc.operations().stuck(10).items());
        assertThat(kept.status()).isEqualTo(TransactionStatus.CONFIRMING);
        assertThat(kept.attempts()).as("the starter's attempt and one persisted per pass").isEqualTo(4);
        assertThat(node.tcc.recovery().runOnce().isIdle()).as("still claimed: not due again before its lease ends").isTrue();
        node.injector.heal();
        node.account.confirmFailuresLeft.set(0);
        stores.clock().advance(FAST.lease().plusSeconds(1));
        assertThat(node.tcc.recovery().runOnce().confirmed()).isEqualTo(1);
        assertThat(Promises.assertHold(stores, "recovery failed three times, then healed")).isTrue();
    }

    @Test
    void aRecordIsParkedAfterMaxAttemptsAndAnOperatorResumesItInItsOwnDirection() {
        node.close();
        node = new ShopNode(stores, FaultInjector.never(), TccConfig.DEFAULT.withRecovery(FAST.withMaxAttempts(2)));
        node.inventory.confirmFailuresLeft.set(100);
        node.checkout.place("order-1");
        stores.clock().advance(Duration.ofMinutes(1));
        node.tcc.recovery().runOnce();

        GlobalTransaction parked = only(node.tcc.operations().parked(10).items());
        assertThat(parked.status()).isEqualTo(TransactionStatus.PARKED_CONFIRMING);
        stores.clock().advance(Duration.ofDays(1));
        assertThat(node.tcc.recovery().runOnce().isIdle()).as("a parked record is never due").isTrue();
        assertThatThrownBy(() -> node.tcc.operations().cancel(parked.key().toString())).isInstanceOf(TccUsageException.class)
                .hasMessageContaining("PARKED_CONFIRMING");

        node.inventory.confirmFailuresLeft.set(0);
        assertThat(node.tcc.operations().resume(parked.key().toString()).status()).isEqualTo(TransactionStatus.CONFIRMING);
        assertThat(node.tcc.recovery().runOnce().confirmed()).isEqualTo(1);
        assertThat(Promises.assertHold(stores, "parked then resumed")).isTrue();
    }

    @Test
    void anOperatorCancelsAnUndecidedRootRecordButNeverANestedOne() {
        Xid xid = Xid.generate(stores.clock().instant());
        Branch branch = Branch.local(BranchId.parse("1"), new ParticipantId("nobody", "m", List.of()), new byte[0]);
        stores.repository().create(new NewTransaction(TransactionKey.root(xid), Duration.ofMinutes(5), Duration.ZERO, "gone", branch));
        TransactionKey nested = new TransactionKey(xid, BranchId.parse("2"));
        stores.repository().create(new NewTransaction(nested, Duration.ofMinutes(5), Duration.ZERO, "gone",
                Branch.local(BranchId.parse("2.1"), new ParticipantId("nobody", "m", List.of()), new byte[0])));

        assertThatThrownBy(() -> node.tcc.operations().cancel(nested.toString())).isInstanceOf(TccUsageException.class)
                .hasMessageContaining("its parent decides it");
        assertThat(node.tcc.operations().cancel(xid.toString()).status()).isEqualTo(TransactionStatus.CANCELLING);
        assertThat(stores.repository().find(nested).orElseThrow().status()).isEqualTo(TransactionStatus.TRYING);
    }

    @Test
    void anUndecidedNestedRecordPastItsDeadlineIsFlaggedNeverCancelled() {
        Xid xid = Xid.generate(stores.clock().instant());
        TransactionKey nested = new TransactionKey(xid, BranchId.parse("2"));
        stores.repository().create(new NewTransaction(nested, Duration.ofSeconds(5), Duration.ZERO, "gone",
                Branch.local(BranchId.parse("2.1"), new ParticipantId("nobody", "m", List.of()), new byte[0])));
        for (int pass = 0; pass < 3; pass++) {
            stores.clock().advance(Duration.ofMinutes(1));
            assertThat(node.tcc.recovery().runOnce().awaitingParent()).isEqualTo(1);
        }
        GlobalTransaction flagged = stores.repository().find(nested).orElseThrow();
        assertThat(flagged.status()).isEqualTo(TransactionStatus.TRYING);
        assertThat(flagged.lastError()).contains("awaiting the decision of parent branch 2");
        assertThat(node.tcc.operations().stuck(10).items()).extracting(GlobalTransaction::key).containsExactly(nested);
    }

    @Test
    void operatorActionsRefuseMalformedAndUnknownIds() {
        assertThatThrownBy(() -> node.tcc.operations().retryNow("not-an-xid")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not-an-xid");
        String unknown = Xid.generate(stores.clock().instant()).toString();
        assertThatThrownBy(() -> node.tcc.operations().resume(unknown)).isInstanceOf(NoSuchTransactionException.class)
                .hasMessageContaining(unknown);
        assertThat(stores.logIsEmpty()).isTrue();
    }

    private static GlobalTransaction only(List<GlobalTransaction> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
