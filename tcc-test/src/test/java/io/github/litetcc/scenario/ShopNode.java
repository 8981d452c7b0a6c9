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
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.test.fault.CrashableFence;
import io.github.litetcc.test.fault.CrashableRepository;
import io.github.litetcc.test.fault.FaultInjector;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** One node of the scenarios: a starter and two participants over shared stores, its handles wired to a fault injector. */
public final class ShopNode implements AutoCloseable {
    final LiteTcc tcc;
    final Checkout checkout;
    final CheckoutStarter starter;
    final LedgerParticipant inventory;
    final LedgerParticipant account;
    final List<String> calls = LedgerParticipant.newCallLog();
    final FaultInjector injector;

    final List<TransactionKey> begun = new CopyOnWriteArrayList<>();

    /** @param duplicatePhaseTwo whether every confirm and cancel is delivered twice */
    public ShopNode(Stores stores, FaultInjector injector, TccConfig config, boolean duplicatePhaseTwo) {
        this.injector = injector;
        ParticipantRegistry registry = new ParticipantRegistry();
        Serializer serializer = new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.scenario")));
        LiteTcc.Builder builder = LiteTcc.builder().config(config).clock(stores.clock()).registry(registry).serializer(serializer)
                .repository(new CrashableRepository(stores.repository(), injector))
                .listener(new TransactionListener() {
                    @Override
                    public void begun(TransactionKey key) {
                        begun.add(key);
                    }
                });
        if (duplicatePhaseTwo) {
            builder.invoker(new DuplicatingInvoker(new LocalBranchInvoker(registry, serializer)));
        }
        this.tcc = builder.build();
        CrashableFence fence = new CrashableFence(stores.fence(), injector, stores.ledger());
        this.inventory = new LedgerParticipant("inventory", stores.ledger(), injector, calls);
        this.account = new LedgerParticipant("account", stores.ledger(), injector, calls);
        Reservation inventoryProxy = tcc.proxy(Reservation.class, inventory, "inventory", fence);
        Reservation accountProxy = tcc.proxy(Reservation.class, account, "account", fence);
        this.starter = new CheckoutStarter(stores.ledger(), injector, calls, inventoryProxy, accountProxy);
        this.checkout = tcc.proxy(Checkout.class, starter, "order", fence);
    }

    public ShopNode(Stores stores, FaultInjector injector) {
        this(stores, injector, TccConfig.DEFAULT.withNodeId("node-" + System.identityHashCode(injector)), false);
    }

    public ShopNode(Stores stores, FaultInjector injector, TccConfig config) {
        this(stores, injector, config, false);
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
