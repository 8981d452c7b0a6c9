package io.github.litetcc.dubbo.process;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.dubbo.DubboBranchInvoker;
import io.github.litetcc.dubbo.TccDubbo;
import io.github.litetcc.dubbo.TccDubboConfig;
import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;
import io.github.litetcc.repository.redis.RedisTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.fault.CrashableRepository;
import io.github.litetcc.test.fault.FaultInjector;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One service of the process tests in a JVM of its own. Arguments are {@code key=value}: {@code role} (wallet,
 * stock, courier or order), {@code port}, {@code prefix} (of its MariaDB tables), {@code log} (jdbc or redis, for
 * the roles that keep one), the peers' {@code wallet}, {@code stock} and {@code courier} ports, and the faults
 * {@code halt-after-decision} (order: exit like {@code kill -9} right after its first decision to confirm) and
 * {@code hold-children-confirm} (courier: stop before confirming its own children) and {@code hold} (see {@link Hold}). Business tables are named
 * {@code <prefix><table>}; the service's own fence and log {@code <prefix><role>_...}. Prints {@code READY} when it
 * serves; recovery runs every 300 ms. Lives at most ten minutes.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String role = options.get("role");
        String prefix = options.get("prefix");
        String own = prefix + role + "_";
        Hold.enable(options.get("hold"));
        HikariDataSource dataSource = dataSource(role);
        TccDubboConfig directUrls = TccDubboConfig.DEFAULT
                .withDirectUrl(WalletService.class.getName(), url(options, "wallet"))
                .withDirectUrl(StockService.class.getName(), url(options, "stock"))
                .withDirectUrl(CourierService.class.getName(), url(options, "courier"));
        DubboBootstrap dubbo = DubboBootstrap.newInstance();
        ApplicationConfig application = new ApplicationConfig("process-" + role);
        application.setQosEnable(false);
        ProtocolConfig protocol = new ProtocolConfig("dubbo", Integer.parseInt(options.get("port")));
        protocol.setHost("127.0.0.1");
        dubbo.application(application).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE)).protocol(protocol);
        DubboBranchInvoker remote = new DubboBranchInvoker(dubbo.getApplicationModel(), directUrls);
        LiteTcc.Builder builder = LiteTcc.builder()
                .config(TccConfig.DEFAULT.withNodeId(role + "-" + ProcessHandle.current().pid()).withDefaultTimeout(Duration.ofSeconds(5))
                        .withPhaseTwo(PhaseTwoConfig.DEFAULT.withLease(Duration.ofSeconds(2)))
                        .withRecovery(RecoveryConfig.DEFAULT.withGrace(Duration.ofMillis(500)).withLease(Duration.ofSeconds(2))
                                .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1), 0)))
                .repository(log(options, dataSource, own))
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT))
                .invoker(remote);
        if (options.containsKey("halt-after-decision")) {
            builder.listener(new HaltAfterDecision());
        }
        LiteTcc tcc = builder.build();
        TccDubbo.install(dubbo.getApplicationModel(), tcc);
        JdbcFence fence = new JdbcFence(dataSource, JdbcRepositoryConfig.DEFAULT.withTablePrefix(own).withCreateSchema(true));
        switch (role) {
            case "wallet" -> export(dubbo, WalletService.class, tcc.proxy(WalletService.class, new Wallet(prefix + "wallet"), "wallet", fence));
            case "stock" -> export(dubbo, StockService.class, tcc.proxy(StockService.class, new Stock(prefix + "stock"), "stock", fence));
            case "courier" -> {
                Courier courier = new Courier(prefix + "courier");
                export(dubbo, CourierService.class, tcc.proxy(CourierService.class, courier, "courier", fence));
                dubbo.start();
                courier.stock(reference(dubbo, StockService.class, url(options, "stock")));
            }
            case "order" -> {
                Orders orders = new Orders(prefix + "orders");
                OrderPlacement placement = tcc.proxy(OrderPlacement.class, orders, "orders", fence);
                export(dubbo, OrderDesk.class, new Desk(placement, orders));
                dubbo.start();
                orders.peers(reference(dubbo, WalletService.class, url(options, "wallet")),
                        reference(dubbo, StockService.class, url(options, "stock")),
                        reference(dubbo, CourierService.class, url(options, "courier")));
            }
            default -> throw new IllegalArgumentException("unknown role " + role);
        }
        dubbo.start();
        ScheduledExecutorService recovery = Executors.newSingleThreadScheduledExecutor();
        recovery.scheduleWithFixedDelay(() -> {
            try {
                tcc.recovery().runOnce();
            } catch (RuntimeException e) {
                System.out.println("recovery pass failed: " + e);
            }
        }, 300, 300, TimeUnit.MILLISECONDS);
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await(10, TimeUnit.MINUTES);
        Runtime.getRuntime().halt(0);
    }

    /** The service's own log (tables or keys under {@code own}): each service recovers only what it began. */
    private static TransactionRepository log(Map<String, String> options, HikariDataSource dataSource, String own) {
        TransactionRepository log = switch (options.getOrDefault("log", "jdbc")) {
            case "redis" -> RedisTransactionRepository.open(ProcessServers.redisUri(), RedisRepositoryConfig.DEFAULT.withNamespace(own));
            default -> new JdbcTransactionRepository(dataSource, JdbcRepositoryConfig.DEFAULT.withTablePrefix(own + "log_").withCreateSchema(true));
        };
        if (!options.containsKey("hold-children-confirm")) {
            return log;
        }
        FaultInjector injector = FaultInjector.never();
        CountDownLatch reached = new CountDownLatch(1);
        injector.holdAt("before cas CONFIRMING", reached, new CountDownLatch(1));
        Thread announcer = new Thread(() -> {
            try {
                reached.await();
                System.out.println("HOLD children");
                System.out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        announcer.setDaemon(true);
        announcer.start();
        return new CrashableRepository(log, injector);
    }

    private static HikariDataSource dataSource(String role) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(ProcessServers.mariaDbUrl());
        config.setUsername(ProcessServers.mariaDbUser());
        config.setPassword(ProcessServers.mariaDbPassword());
        config.setMaximumPoolSize(12);
        config.setPoolName(role);
        return new HikariDataSource(config);
    }

    private static String url(Map<String, String> options, String peer) {
        return "dubbo://127.0.0.1:" + options.getOrDefault(peer, "1");
    }

    private static <T> void export(DubboBootstrap dubbo, Class<T> type, T target) {
        ServiceConfig<T> service = new ServiceConfig<>();
        service.setInterface(type);
        service.setRef(target);
        dubbo.service(service);
    }

    private static <T> T reference(DubboBootstrap dubbo, Class<T> type, String url) {
        ReferenceConfig<T> reference = new ReferenceConfig<>();
        reference.setInterface(type);
        reference.setUrl(url);
        reference.setCheck(false);
        reference.setTimeout(4000);
        reference.setRetries(0);
        // A direct URL has no registry to announce a restarted provider: reconnect within a second, not a minute.
        reference.setParameters(Map.of("heartbeat", "500"));
        dubbo.reference(reference);
        return reference.get();
    }

    /** Ends the process abruptly, as {@code kill -9} would, right after the first decision to confirm was written. */
    private static final class HaltAfterDecision implements TransactionListener {
        @Override
        public void statusChanged(TransactionKey key, TransactionStatus from, TransactionStatus to) {
            if (key.isRoot() && from == TransactionStatus.TRYING && to == TransactionStatus.CONFIRMING) {
                System.out.println("DECIDED " + key.xid());
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        }
    }

    /** The plain entry point: places the order through LiteTCC and says how it ended. */
    private record Desk(OrderPlacement placement, Orders orders) implements OrderDesk {
        @Override
        public boolean reaches(String peer) {
            return orders.reaches(peer);
        }

        @Override
        public String place(String orderId, String account, long amount, String sku, int quantity, String route) {
            try {
                placement.place(orderId, account, amount, sku, quantity, route);
                return "PAID";
            } catch (RuntimeException e) {
                return "FAILED " + e.getMessage();
            }
        }
    }
}
