package io.github.litetcc.bench.e2e;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.LiteTcc;
import io.github.litetcc.dubbo.TccDubbo;
import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.TransactionQuery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The participants: the account and inventory services behind LiteTCC's proxies, exported over Dubbo with the ledger
 * service. Fence off: no fence, business state in memory. Fence on: {@link JdbcFence} on MariaDB and the counter
 * table in the same database. Its own log (in memory) only holds what a participant writes (tombstones of empty
 * cancels); a recovery pass finishes them every 5 s.
 */
final class ParticipantsNode implements AutoCloseable {
    private final DubboRuntime dubbo;
    private final LiteTcc tcc;
    private final Ledger ledger;
    private final Ledger plain = new MemoryLedger();
    private final HikariDataSource pool;
    private final String fenceTable;
    private final RecoveryLoop recovery;

    ParticipantsNode(int port, boolean fenced, String runId) {
        this.dubbo = new DubboRuntime("bench-participants", port);
        this.tcc = LiteTcc.builder().repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench")))).build();
        TccDubbo.install(dubbo.application(), tcc);
        Fence fence = null;
        if (fenced) {
            pool = Servers.mariadb("bench-fence");
            JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix("e2e" + runId + "_").withCreateSchema(true);
            fence = new JdbcFence(pool, config);
            fenceTable = config.fenceTable();
            ledger = new TableLedger(pool, "e2e" + runId + "_ledger");
        } else {
            pool = null;
            fenceTable = null;
            ledger = new MemoryLedger();
        }
        dubbo.export(AccountService.class, tcc.proxy(AccountService.class, new Accounts(ledger, plain), "account", fence));
        dubbo.export(InventoryService.class, tcc.proxy(InventoryService.class, new Inventory(ledger, plain), "inventory", fence));
        dubbo.export(LedgerService.class, new Endpoint());
        dubbo.start();
        recovery = new RecoveryLoop(tcc, tcc.config().recovery().interval(), "participants");
    }


    @Override
    public void close() {
        recovery.close();
        try {
            tcc.close();
            dubbo.close();
        } finally {
            if (pool != null) {
                dropTables();
                pool.close();
            }
        }
    }

    private void dropTables() {
        ((TableLedger) ledger).drop();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + fenceTable);
        } catch (SQLException e) {
            System.err.println("Dropping " + fenceTable + " failed: " + e.getMessage());
        }
    }

    /** {@code ParticipantsNode <port> <on|off> <run id>}: runs until killed or until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (ParticipantsNode node = new ParticipantsNode(Integer.parseInt(args[0]), "on".equals(args[1]), args[2])) {
            System.out.println("PARTICIPANTS READY");
            System.out.flush();
            CountDownLatch closed = new CountDownLatch(1);
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        continue;
                    }
                } catch (java.io.IOException e) {
                    System.err.println("standard input: " + e.getMessage());
                }
                closed.countDown();
            });
            watcher.setDaemon(true);
            watcher.start();
            closed.await();
        }
    }

    /** The ledger service the driver reads. */
    private final class Endpoint implements LedgerService {
        @Override
        public Map<String, Long> totals(boolean plainCalls) {
            return (plainCalls ? plain : ledger).totals();
        }

        @Override
        public void reset() {
            ledger.reset();
            plain.reset();
        }

        @Override
        public Map<String, String> orderStates() {
            return ledger.orderStates();
        }

        @Override
        public List<String> unfinishedRecords() {
            return tcc.repository().list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().stream()
                    .filter(record -> !record.branches().isEmpty()).map(GlobalTransaction::key).map(Object::toString).toList();
        }
    }
}
