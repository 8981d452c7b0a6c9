package io.github.litetcc.dubbo.process;

import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The business tables of the process tests on MariaDB, under a fresh prefix: created and seeded, checked against
 * the orders placed (money debited and units sold match the paid orders, nothing left frozen or undecided), and
 * dropped. Also the client's reference to an order service.
 */
final class ShopDatabase {
    private static final long BALANCE = 1_000;
    private static final int UNITS = 1_000;
    private final String prefix = "p" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "_";
    private final Map<String, long[]> placed = new ConcurrentHashMap<>();

    /** How many transaction records the services' logs still hold unfinished. */
    @FunctionalInterface
    interface Unfinished {
        long count() throws Exception;
    }

    String prefix() {
        return prefix;
    }

    void placed(String orderId, long amount, int quantity) {
        placed.put(orderId, new long[] {amount, quantity});
    }

    /** The unfinished records of every service's JDBC log. */
    long unfinishedInJdbcLogs() throws SQLException {
        long total = 0;
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement()) {
            for (String service : new String[] {"order", "courier", "wallet", "stock"}) {
                total += count(statement, "SELECT COUNT(*) FROM " + prefix + service + "_log_transaction WHERE status NOT IN (4, 5)");
            }
        }
        return total;
    }

    /** Waits until no record is unfinished and every invariant holds; fails naming the first that does not. */
    void assertSettled(Unfinished unfinishedRecords) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .untilAsserted(() -> assertInvariants(unfinishedRecords));
    }

    void assertInvariants(Unfinished unfinishedRecords) throws Exception {
        assertThat(unfinishedRecords.count()).as("unfinished records in the services' logs").isZero();
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement()) {
            long debited = 0;
            long sold = 0;
            try (ResultSet rows = statement.executeQuery("SELECT order_id, status FROM " + prefix + "orders")) {
                while (rows.next()) {
                    assertThat(rows.getString(2)).as("order %s", rows.getString(1)).isIn("PAID", "FAILED");
                    if (rows.getString(2).equals("PAID")) {
                        long[] order = placed.get(rows.getString(1));
                        debited += order[0];
                        sold += order[1];
                    }
                }
            }
            assertThat(count(statement, "SELECT COALESCE(SUM(frozen), 0) FROM " + prefix + "wallet")).as("money left frozen").isZero();
            assertThat(count(statement, "SELECT " + 5 * BALANCE + " - COALESCE(SUM(balance), 0) FROM " + prefix + "wallet"))
                    .as("money debited = the paid orders' amounts").isEqualTo(debited);
            assertThat(count(statement, "SELECT frozen FROM " + prefix + "stock WHERE sku = 'book'")).as("units left frozen").isZero();
            assertThat(count(statement, "SELECT sold FROM " + prefix + "stock WHERE sku = 'book'")).as("units sold = the paid orders'")
                    .isEqualTo(sold);
            assertThat(count(statement, "SELECT available + frozen + sold FROM " + prefix + "stock WHERE sku = 'book'")).isEqualTo(UNITS);
            assertThat(count(statement, "SELECT COUNT(*) FROM " + prefix + "courier WHERE status = 'BOOKED'")).as("bookings undecided").isZero();
        }
    }

    String orderStatus(String orderId) throws SQLException {
        return single("SELECT status FROM " + prefix + "orders WHERE order_id = '" + orderId + "'");
    }

    String courierStatus(String orderId) throws SQLException {
        return single("SELECT status FROM " + prefix + "courier WHERE order_id = '" + orderId + "'");
    }

    String single(String query) throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A started Dubbo client of its own (no registry, no LiteTCC), for the test to reach the order services. */
    static DubboBootstrap client(org.apache.dubbo.rpc.model.FrameworkModel framework, String name) {
        DubboBootstrap client = DubboBootstrap.newInstance(framework);
        org.apache.dubbo.config.ApplicationConfig application = new org.apache.dubbo.config.ApplicationConfig(name);
        application.setQosEnable(false);
        client.application(application).registry(new org.apache.dubbo.config.RegistryConfig(
                org.apache.dubbo.config.RegistryConfig.NO_AVAILABLE)).start();
        return client;
    }

    static OrderDesk desk(DubboBootstrap client, int port) {
        ReferenceConfig<OrderDesk> reference = new ReferenceConfig<>();
        reference.setInterface(OrderDesk.class);
        reference.setUrl("dubbo://127.0.0.1:" + port);
        reference.setCheck(false);
        reference.setTimeout(60_000);
        reference.setRetries(0);
        client.reference(reference);
        return reference.get();
    }

    void createTables() throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + prefix + "wallet (id VARCHAR(64) PRIMARY KEY, balance BIGINT NOT NULL, frozen BIGINT NOT NULL)");
            statement.execute("CREATE TABLE " + prefix + "stock (sku VARCHAR(64) PRIMARY KEY, available INT NOT NULL, frozen INT NOT NULL,"
                    + " sold INT NOT NULL)");
            statement.execute("CREATE TABLE " + prefix + "courier (order_id VARCHAR(128) PRIMARY KEY, status VARCHAR(16) NOT NULL)");
            statement.execute("CREATE TABLE " + prefix + "orders (order_id VARCHAR(128) PRIMARY KEY, status VARCHAR(16) NOT NULL)");
            for (String account : new String[] {"alice", "bob", "carol", "dave", "erin"}) {
                statement.execute("INSERT INTO " + prefix + "wallet VALUES ('" + account + "', " + BALANCE + ", 0)");
            }
            statement.execute("INSERT INTO " + prefix + "stock VALUES ('book', " + UNITS + ", 0, 0)");
        }
    }

    void dropTables() throws SQLException {
        try (Connection connection = ProcessServers.connect(); Statement statement = connection.createStatement();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, prefix + "%", new String[] {"TABLE"})) {
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
