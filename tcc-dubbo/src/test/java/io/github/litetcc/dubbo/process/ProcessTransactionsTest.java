package io.github.litetcc.dubbo.process;

import io.github.litetcc.dubbo.process.ServiceProcesses.Role;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter (order), two participants (wallet, stock) and a nested participant (courier → stock) as separate
 * JVMs talking Dubbo on loopback, with their business tables and fences on MariaDB and the logs of order and
 * courier on MariaDB. The JVMs are shared by the cases; a case restarts what it killed. After each case the
 * promises hold on the business tables and no transaction record is left unfinished.
 */
class ProcessTransactionsTest {
    private static final long BALANCE = 1_000;
    private static final int UNITS = 1_000;
    private static final String PREFIX = "p" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "_";
    private static final Map<String, long[]> PLACED = new ConcurrentHashMap<>();
    private static ServiceProcesses services;
    private static FrameworkModel framework;
    private static OrderDesk desk;

    @BeforeAll
    static void startServices() throws Exception {
        createTables();
        services = new ServiceProcesses(PREFIX, "jdbc");
        for (Role role : new Role[] {Role.WALLET, Role.STOCK, Role.COURIER, Role.ORDER}) {
            services.start(role);
        }
        framework = new FrameworkModel();
        DubboBootstrap client = DubboBootstrap.newInstance(framework);
        ApplicationConfig application = new ApplicationConfig("process-test-client");
        application.setQosEnable(false);
        client.application(application).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE)).start();
        desk = desk(client, services.port(Role.ORDER));
    }

    @AfterAll
    static void stopServices() throws Exception {
        try {
            if (framework != null) {
                framework.destroy();
            }
        } finally {
            if (services != null) {
                services.close();
            }
            dropTables();
        }
    }

    @Test
    void aTransactionAcrossThreeJvmsCommits() throws Exception {
        assertThat(place("commit-1", "alice", 10, "book", 1, "direct")).isEqualTo("PAID");
        assertSettled();
    }

    @Test
    void aFailingSecondTryCancelsTheFirst() throws Exception {
        assertThat(place("fail-1", "alice", 10, "ghost", 1, "direct")).startsWith("FAILED").contains("out of stock");
        assertSettled();
    }

    @Test
    void aNestedTransactionCommitsItsGrandchild() throws Exception {
        assertThat(place("nested-1", "bob", 20, "book", 2, "nested")).isEqualTo("PAID");
        assertSettled();
        assertThat(courierStatus("nested-1")).isEqualTo("DISPATCHED");
    }

    @Test
    void aNestedParticipantSwallowingItsChildsFailureMakesEverythingCancel() throws Exception {
        assertThat(place("swallow-1", "bob", 20, "ghost", 2, "swallow")).startsWith("FAILED").contains("never acknowledged");
        assertSettled();
        assertThat(courierStatus("swallow-1")).isNull();
    }

    @Test
    void aParticipantKilledDuringItsConfirmIsConfirmedOnceAfterItsRestart() throws Exception {
        String answer = placeKilling(Role.WALLET, "hold=wallet-confirm", "HOLD wallet-confirm", "hold-wallet-confirm-1", "carol", 30, "direct");
        assertThat(answer).as("the decision was confirm").isEqualTo("PAID");
        assertSettled();
    }

    @Test
    void aParticipantKilledDuringItsTryLeavesATransactionThatCancelsAfterItsRestart() throws Exception {
        assertThat(placeKilling(Role.WALLET, "hold=wallet-try", "HOLD wallet-try", "hold-wallet-try-1", "carol", 30, "direct"))
                .startsWith("FAILED");
        assertSettled();
    }

    @Test
    void aStarterKilledRightAfterItsDecisionIsFinishedByAnotherStarterInstance() throws Exception {
        services.start(Role.SECOND_ORDER, "halt-after-decision=true");
        DubboBootstrap client = DubboBootstrap.getInstance(framework.defaultApplication());
        OrderDesk doomed = desk(client, services.port(Role.SECOND_ORDER));
        PLACED.put("halted-1", new long[] {40, 4});
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> doomed.place("halted-1", "dave", 40, "book", 4, "direct"));
        services.awaitOutput(Role.SECOND_ORDER, "DECIDED");
        services.awaitExit(Role.SECOND_ORDER);
        assertSettled();
        assertThat(orderStatus("halted-1")).isEqualTo("PAID");
        assertThat(answer.isDone() && !answer.isCompletedExceptionally()).as("the client was never told the outcome").isFalse();
    }

    @Test
    void aNestedParticipantKilledBetweenItsOwnConfirmAndItsChildsFinishesTheChildAfterItsRestart() throws Exception {
        assertThat(placeKilling(Role.COURIER, "hold-children-confirm=true", "HOLD children", "courier-held-1", "erin", 50, "nested"))
                .isEqualTo("PAID");
        assertSettled();
        assertThat(courierStatus("courier-held-1")).isEqualTo("DISPATCHED");
    }

    /**
     * Restarts {@code role} with {@code fault}, places an order of a fixed size that makes it print {@code marker},
     * kills it there, restarts it as usual and returns what the client was told.
     */
    private static String placeKilling(Role role, String fault, String marker, String orderId, String account, long amount, String route)
            throws Exception {
        services.kill(role);
        services.start(role, fault);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> place(orderId, account, amount, "book", (int) (amount / 10), route));
        services.awaitOutput(role, marker);
        services.kill(role);
        String told = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        services.start(role);
        return told;
    }

    private static String place(String orderId, String account, long amount, String sku, int quantity, String route) {
        PLACED.put(orderId, new long[] {amount, quantity});
        return desk.place(orderId, account, amount, sku, quantity, route);
    }

    /** Waits until no record is unfinished and every invariant holds; fails naming the first that does not. */
    private static void assertSettled() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .untilAsserted(ProcessTransactionsTest::assertInvariants);
    }

    private static void assertInvariants() throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement()) {
            for (String service : new String[] {"order", "courier", "wallet", "stock"}) {
                assertThat(count(statement, "SELECT COUNT(*) FROM " + PREFIX + service + "_log_transaction WHERE status NOT IN (4, 5)"))
                        .as("unfinished records in the log of %s", service).isZero();
            }
            long debited = 0;
            long sold = 0;
            try (ResultSet rows = statement.executeQuery("SELECT order_id, status FROM " + PREFIX + "orders")) {
                while (rows.next()) {
                    assertThat(rows.getString(2)).as("order %s", rows.getString(1)).isIn("PAID", "FAILED");
                    if (rows.getString(2).equals("PAID")) {
                        long[] placed = PLACED.get(rows.getString(1));
                        debited += placed[0];
                        sold += placed[1];
                    }
                }
            }
            assertThat(count(statement, "SELECT COALESCE(SUM(frozen), 0) FROM " + PREFIX + "wallet")).as("money left frozen").isZero();
            assertThat(count(statement, "SELECT " + 5 * BALANCE + " - COALESCE(SUM(balance), 0) FROM " + PREFIX + "wallet"))
                    .as("money debited = the paid orders' amounts").isEqualTo(debited);
            assertThat(count(statement, "SELECT frozen FROM " + PREFIX + "stock WHERE sku = 'book'")).as("units left frozen").isZero();
            assertThat(count(statement, "SELECT sold FROM " + PREFIX + "stock WHERE sku = 'book'")).as("units sold = the paid orders'")
                    .isEqualTo(sold);
            assertThat(count(statement, "SELECT available + frozen + sold FROM " + PREFIX + "stock WHERE sku = 'book'")).isEqualTo(UNITS);
            assertThat(count(statement, "SELECT COUNT(*) FROM " + PREFIX + "courier WHERE status = 'BOOKED'")).as("bookings undecided").isZero();
        }
    }

    private static String orderStatus(String orderId) throws SQLException {
        return single("SELECT status FROM " + PREFIX + "orders WHERE order_id = '" + orderId + "'");
    }

    private static String courierStatus(String orderId) throws SQLException {
        return single("SELECT status FROM " + PREFIX + "courier WHERE order_id = '" + orderId + "'");
    }

    private static String single(String query) throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static OrderDesk desk(DubboBootstrap client, int port) {
        ReferenceConfig<OrderDesk> reference = new ReferenceConfig<>();
        reference.setInterface(OrderDesk.class);
        reference.setUrl("dubbo://127.0.0.1:" + port);
        reference.setCheck(false);
        reference.setTimeout(60_000);
        reference.setRetries(0);
        client.reference(reference);
        return reference.get();
    }

    private static void createTables() throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + PREFIX + "wallet (id VARCHAR(64) PRIMARY KEY, balance BIGINT NOT NULL, frozen BIGINT NOT NULL)");
            statement.execute("CREATE TABLE " + PREFIX + "stock (sku VARCHAR(64) PRIMARY KEY, available INT NOT NULL, frozen INT NOT NULL,"
                    + " sold INT NOT NULL)");
            statement.execute("CREATE TABLE " + PREFIX + "courier (order_id VARCHAR(128) PRIMARY KEY, status VARCHAR(16) NOT NULL)");
            statement.execute("CREATE TABLE " + PREFIX + "orders (order_id VARCHAR(128) PRIMARY KEY, status VARCHAR(16) NOT NULL)");
            for (String account : new String[] {"alice", "bob", "carol", "dave", "erin"}) {
                statement.execute("INSERT INTO " + PREFIX + "wallet VALUES ('" + account + "', " + BALANCE + ", 0)");
            }
            statement.execute("INSERT INTO " + PREFIX + "stock VALUES ('book', " + UNITS + ", 0, 0)");
        }
    }

    private static void dropTables() throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, PREFIX + "%", new String[] {"TABLE"})) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            for (String name : names) {
                statement.execute("DROP TABLE IF EXISTS " + name);
            }
        }
    }
}
