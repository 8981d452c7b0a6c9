package io.github.litetcc.scenario;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.participant.LocalBranchInvoker;
import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.BranchInvoker;
import io.github.litetcc.test.fault.CrashableFence;
import io.github.litetcc.test.fault.CrashableRepository;
import io.github.litetcc.test.fault.FaultInjector;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One node of the scenarios: a starter and two participants over shared stores, its handles wired to a fault injector. */
public final class ShopNode implements AutoCloseable {
    final LiteTcc tcc;
    final Checkout checkout;
    final CheckoutStarter starter;
    final LedgerParticipant inventory;
    final LedgerParticipant account;
    final List<String> calls = LedgerParticipant.newCallLog();
    final FaultInjector injector;
    final RecordingListener events = new RecordingListener();
    final List<TransactionKey> begun = events.begun;
    final CrashableRepository repository;
    final CrashableFence fence;

    /** @param delivery wraps the local branch invoker, to change how confirms and cancels are delivered */
    public ShopNode(Stores stores, FaultInjector injector, TccConfig config, UnaryOperator<BranchInvoker> delivery) {
        this.injector = injector;
        this.repository = new CrashableRepository(stores.repository(), injector);
        ParticipantRegistry registry = new ParticipantRegistry();
        Serializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.scenario")));
        this.tcc = LiteTcc.builder().config(config).clock(stores.clock()).registry(registry).serializer(serializer)
                .repository(repository).listener(events)
                .invoker(delivery.apply(new LocalBranchInvoker(registry, serializer))).build();
        this.fence = new CrashableFence(stores.fence(), injector, stores.ledger());
        this.inventory = new LedgerParticipant("inventory", stores.ledger(), injector, calls);
        this.account = new LedgerParticipant("account", stores.ledger(), injector, calls);
        Reservation inventoryProxy = tcc.proxy(Reservation.class, inventory, "inventory", fence);
        Reservation accountProxy = tcc.proxy(Reservation.class, account, "account", fence);
        this.starter = new CheckoutStarter(stores.ledger(), injector, calls, inventoryProxy, accountProxy);
        this.checkout = tcc.proxy(Checkout.class, starter, "order", fence);
    }

    public ShopNode(Stores stores, FaultInjector injector) {
        this(stores, injector, TccConfig.DEFAULT.withNodeId("node-" + System.identityHashCode(injector)));
    }

    public ShopNode(Stores stores, FaultInjector injector, TccConfig config) {
        this(stores, injector, config, UnaryOperator.identity());
    }

    /** Runs recovery passes until one finds nothing due (at most {@code maxPasses}). */
    public RecoveryReport recoverUntilIdle(int maxPasses) {
        RecoveryReport last = null;
        for (int pass = 0; pass < maxPasses; pass++) {
            last = tcc.recovery().runOnce();
            if (last.isIdle()) {
                return last;
            }
        }
        return last;
    }

    @Override
    public void close() {
        tcc.close();
    }
}
