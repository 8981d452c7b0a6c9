package io.github.litetcc.dubbo;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceStatus;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the provider filter refuses or repeats, tried by hand-made requests: malformed or late contexts, a try
 * delivered twice, a phase 2 for a provider without LiteTCC's filter, and a try for a method that is no TCC branch.
 */
class DubboBoundaryTest {
    private static DubboNode provider;
    private static DubboNode bareProvider;
    private static DubboNode caller;
    private static DubboNode delegatingProvider;
    private static Accounts delegatedAccounts;
    private static DelegatingAccounts delegating;
    private static Accounts accounts;
    private static Accounts bareAccounts;
    private static io.github.litetcc.fence.memory.InMemoryFence fence;
    private static AccountService service;

    @BeforeAll
    static void startNodes() {
        accounts = new Accounts();
        provider = new DubboNode("boundary-accounts");
        fence = provider.export(AccountService.class, accounts, "accounts");
        provider.start();
        bareAccounts = new Accounts();
        bareProvider = new DubboNode("bare-accounts");
        bareProvider.export(AccountService.class, bareAccounts, "accounts", "-litetcc");
        bareProvider.start();
        delegatedAccounts = new Accounts();
        delegatingProvider = new DubboNode("delegating-accounts");
        delegating = new DelegatingAccounts(delegatingProvider.tcc.proxy(AccountService.class, delegatedAccounts, "accounts",
                new io.github.litetcc.fence.memory.InMemoryFence()));
        delegatingProvider.exportAs(AccountService.class, delegating);
        delegatingProvider.start();
        caller = new DubboNode("boundary-caller").start();
        service = caller.reference(AccountService.class, provider);
    }

    @AfterAll
    static void stopNodes() {
        for (DubboNode node : new DubboNode[] {caller, delegatingProvider, bareProvider, provider}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aTryDeliveredTwiceRunsOnceAndAnswersTheStoredResultBothTimes() {
        accounts.open("kim", 50);
        Xid xid = Xid.generate(Instant.now());
        int tries = accounts.tries.get();

        String first = tryWith(context(xid, "1", Phase.TRY, 30_000), () -> service.freeze("kim", 5));
        String second = tryWith(context(xid, "1", Phase.TRY, 30_000), () -> service.freeze("kim", 5));

        assertThat(first).isEqualTo("frozen-kim-5");
        assertThat(second).isEqualTo(first);
        assertThat(accounts.tries.get()).isEqualTo(tries + 1);
        assertThat(accounts.frozen("kim")).isEqualTo(5);
        assertThat(fence.find(xid, BranchId.parse("1")).orElseThrow().status()).isEqualTo(FenceStatus.TRIED);
    }

    @Test
    void aTryPastItsDeadlineIsRefusedWithoutRunning() {
        accounts.open("lee", 50);
        int tries = accounts.tries.get();

        assertThatThrownBy(() -> tryWith(context(Xid.generate(Instant.now()), "1", Phase.TRY, 0), () -> service.freeze("lee", 5)))
                .hasMessageContaining("deadline");

        assertThat(accounts.tries.get()).isEqualTo(tries);
        assertThat(accounts.frozen("lee")).isZero();
    }

    @Test
    void aMalformedContextIsRefusedNamingTheAttachment() {
        accounts.open("max", 50);
        int tries = accounts.tries.get();
        Map<String, String> garbled = context(Xid.generate(Instant.now()), "1", Phase.TRY, 30_000);
        garbled.put(WireContext.XID, "not-an-xid");

        assertThatThrownBy(() -> tryWith(garbled, () -> service.freeze("max", 5)))
                .isInstanceOf(RpcException.class).hasMessageContaining("not-an-xid");
        Map<String, String> future = context(Xid.generate(Instant.now()), "1", Phase.TRY, 30_000);
        future.put(WireContext.VERSION, "9");
        assertThatThrownBy(() -> tryWith(future, () -> service.freeze("max", 5)))
                .isInstanceOf(RpcException.class).hasMessageContaining("format '9'");

        assertThat(accounts.tries.get()).isEqualTo(tries);
    }

    @Test
    void aTryForAMethodThatIsNoTccBranchIsRefused() {
        assertThatThrownBy(() -> tryWith(context(Xid.generate(Instant.now()), "1", Phase.TRY, 30_000), () -> service.available("max")))
                .isInstanceOf(RpcException.class).hasMessageContaining("No @Tcc try method is registered");
    }

    @Test
    void aPhaseTwoForAProviderWithoutTheFilterFailsInsteadOfRunningTheTryAgain() throws Exception {
        bareAccounts.open("ned", 50);
        TccDubboConfig direct = TccDubboConfig.DEFAULT.withDirectUrl(AccountService.class.getName(), "dubbo://127.0.0.1:" + bareProvider.port);
        Xid xid = Xid.generate(Instant.now());
        Branch branch = Branch.remote(BranchId.parse("1"), freezeId(), null, null,
                caller.tcc.serializer().serialize(new Object[] {"ned", 5L}));

        try (DubboNode driver = new DubboNode("boundary-driver", new io.github.litetcc.repository.memory.InMemoryTransactionRepository(),
                direct).start()) {
            assertThatThrownBy(() -> driver.remoteInvoker.invoke(TransactionKey.root(xid), branch, Phase.CONFIRM,
                    Instant.now().plusSeconds(30))).isInstanceOf(RuntimeException.class);
        }

        assertThat(bareAccounts.tries.get()).isZero();
        assertThat(bareAccounts.confirms.get()).isZero();
    }

    @Test
    void aConfirmBeforeTheTryCommittedIsRefusedForALaterRetry() throws Exception {
        TccDubboConfig direct = TccDubboConfig.DEFAULT.withDirectUrl(AccountService.class.getName(), "dubbo://127.0.0.1:" + provider.port);
        Branch branch = Branch.remote(BranchId.parse("1"), freezeId(), null, null,
                caller.tcc.serializer().serialize(new Object[] {"olga", 5L}));
        int confirms = accounts.confirms.get();

        try (DubboNode driver = new DubboNode("boundary-early", new io.github.litetcc.repository.memory.InMemoryTransactionRepository(),
                direct).start()) {
            assertThatThrownBy(() -> driver.remoteInvoker.invoke(TransactionKey.root(Xid.generate(Instant.now())), branch, Phase.CONFIRM,
                    Instant.now().plusSeconds(30))).hasMessageContaining("RETRY");
        }

        assertThat(accounts.confirms.get()).isEqualTo(confirms);
    }

    @Test
    void aTryArrivingAfterItsCancelIsRefusedAndDoesNothing() throws Exception {
        accounts.open("pat", 50);
        Xid xid = Xid.generate(Instant.now());
        Branch branch = Branch.remote(BranchId.parse("1"), freezeId(), null, null,
                caller.tcc.serializer().serialize(new Object[] {"pat", 5L}));
        int tries = accounts.tries.get();
        TccDubboConfig direct = TccDubboConfig.DEFAULT.withDirectUrl(AccountService.class.getName(), "dubbo://127.0.0.1:" + provider.port);
        try (DubboNode driver = new DubboNode("boundary-canceller", new io.github.litetcc.repository.memory.InMemoryTransactionRepository(),
                direct).start()) {
            driver.remoteInvoker.invoke(TransactionKey.root(xid), branch, Phase.CANCEL, Instant.now().plusSeconds(30));
        }

        assertThatThrownBy(() -> tryWith(context(xid, "1", Phase.TRY, 30_000), () -> service.freeze("pat", 5)))
                .hasMessageContaining("already cancelled");

        assertThat(accounts.tries.get()).isEqualTo(tries);
        assertThat(accounts.frozen("pat")).isZero();
        assertThat(fence.find(xid, BranchId.parse("1")).orElseThrow().status()).isEqualTo(FenceStatus.CANCELLED_EMPTY);
    }

    @Test
    void aDelegatingServiceImplementationRunsForTheTryButNeverForPhaseTwo() {
        delegatedAccounts.open("quin", 50);
        int before = delegating.calls.get();

        try (DubboNode shop = new DubboNode("delegating-shop").start()) {
            AccountService viaDelegate = shop.reference(AccountService.class, delegatingProvider);
            shop.tcc.proxy(OrderService.class, new Orders(), "orders", null).place(() -> viaDelegate.freeze("quin", 7));
        }

        assertThat(delegating.calls.get()).as("only the try went through the exported service").isEqualTo(before + 1);
        assertThat(delegatedAccounts.confirms.get()).isEqualTo(1);
        assertThat(delegatedAccounts.balances.get("quin")).isEqualTo(43);
    }

    private static ParticipantId freezeId() throws NoSuchMethodException {
        return ParticipantId.of(AccountService.class.getName(), AccountService.class.getMethod("freeze", String.class, long.class));
    }

    private static Map<String, String> context(Xid xid, String branch, Phase phase, long remainingMillis) {
        return new java.util.HashMap<>(new WireContext(xid, BranchId.parse(branch), phase, Duration.ofMillis(remainingMillis)).toAttachments());
    }

    private static <T> T tryWith(Map<String, String> attachments, java.util.function.Supplier<T> call) {
        attachments.forEach(RpcContext.getClientAttachment()::setAttachment);
        try {
            return call.get();
        } finally {
            RpcContext.removeClientAttachment();
        }
    }
}
