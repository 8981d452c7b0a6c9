package io.github.litetcc.bench.e2e;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.dubbo.DubboBranchInvoker;
import io.github.litetcc.dubbo.TccDubbo;
import io.github.litetcc.dubbo.TccDubboConfig;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;

import java.util.Set;

/**
 * The starter's side: LiteTCC on the given log (counted), the Dubbo references to the participants and the order
 * service behind LiteTCC's proxy. With {@code exportPort > 0} it also exports the order service (the crash run's
 * client calls it from its own process). A recovery pass runs at the configured interval, as a deployed node would.
 */
final class StarterNode implements AutoCloseable {
    private static final int CALL_TIMEOUT_MILLIS = 10_000;
    final CountingRepository log;
    final AccountService account;
    final InventoryService inventory;
    final LedgerService ledger;
    final OrderService orders;
    private final DubboRuntime dubbo;
    private final DubboBranchInvoker invoker;
    private final LiteTcc tcc;
    private final RecoveryLoop recovery;

    StarterNode(TransactionRepository repository, PhaseTwoConfig phaseTwo, int participantsPort, int exportPort) {
        this(repository, phaseTwo, participantsPort, participantsPort, exportPort);
    }

    /**
     * A starter whose account and inventory services may live in two participants JVMs ({@code accountPort} and
     * {@code inventoryPort}); the checks then add up both JVMs' ledgers.
     */
    StarterNode(TransactionRepository repository, PhaseTwoConfig phaseTwo, int accountPort, int inventoryPort, int exportPort) {
        int participantsPort = accountPort;
        this.log = new CountingRepository(repository);
        this.dubbo = new DubboRuntime("bench-starter", exportPort);
        TccDubboConfig remote = TccDubboConfig.DEFAULT
                .withDirectUrl(AccountService.class.getName(), DubboRuntime.url(participantsPort))
                .withDirectUrl(InventoryService.class.getName(), DubboRuntime.url(inventoryPort));
        this.invoker = new DubboBranchInvoker(dubbo.application(), remote);
        TccConfig config = TccConfig.DEFAULT.withPhaseTwo(phaseTwo);
        this.tcc = LiteTcc.builder().config(config).repository(log).invoker(invoker)
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench")))).build();
        TccDubbo.install(dubbo.application(), tcc);
        dubbo.start();
        this.account = dubbo.reference(AccountService.class, participantsPort, CALL_TIMEOUT_MILLIS);
        this.inventory = dubbo.reference(InventoryService.class, inventoryPort, CALL_TIMEOUT_MILLIS);
        LedgerService accountLedger = dubbo.reference(LedgerService.class, participantsPort, CALL_TIMEOUT_MILLIS);
        this.ledger = inventoryPort == participantsPort ? accountLedger
                : new LedgerSum(accountLedger, dubbo.reference(LedgerService.class, inventoryPort, CALL_TIMEOUT_MILLIS));
        this.orders = tcc.proxy(OrderService.class, new Orders(account, inventory), "orders", null);
        if (exportPort > 0) {
            dubbo.export(OrderService.class, orders);
        }
        recovery = new RecoveryLoop(tcc, config.recovery().interval(), "starter");
    }

    /** How many records the log holds unfinished (up to the listing's limit). */
    int unfinished() {
        return log.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().size();
    }


    @Override
    public void close() {
        recovery.close();
        try {
            tcc.close();
            invoker.close();
        } finally {
            dubbo.close();
        }
    }
}
