package io.github.litetcc.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The databases the tests run on: H2 in memory, and the machine's MariaDB (through the MariaDB driver and through
 * MySQL Connector/J) and PostgreSQL, found through {@code TCC_TEST_MYSQL_URL} and {@code TCC_TEST_POSTGRES_URL}
 * (user and password through {@code TCC_TEST_MYSQL_USER}/{@code _PASSWORD} and {@code TCC_TEST_POSTGRES_USER}/{@code _PASSWORD}).
 * A server that cannot be reached fails the test with a message saying how to start it: nothing is skipped.
 */
public enum TestDatabase {
    H2("H2", "jdbc:h2:mem:litetcc;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", ""),
    MARIADB("MariaDB (MariaDB driver)", env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
            env("TCC_TEST_MYSQL_USER", "root"), env("TCC_TEST_MYSQL_PASSWORD", "")),
    MARIADB_CONNECTOR_J("MariaDB (MySQL Connector/J)", connectorJ(MARIADB.url), MARIADB.user, MARIADB.password),
    POSTGRESQL("PostgreSQL", env("TCC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
            env("TCC_TEST_POSTGRES_USER", "postgres"), env("TCC_TEST_POSTGRES_PASSWORD", ""));

    private final String label;
    private final String url;
    private final String user;
    private final String password;

    TestDatabase(String label, String url, String user, String password) {
        this.label = label;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A pool on this database; fails the test, saying how to start the server, when it cannot connect. */
    public HikariDataSource open() {
        return open(config -> {
        });
    }

    /** A pool on this database, configured further by {@code customizer}. */
    public HikariDataSource open(Consumer<HikariConfig> customizer) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(12);
        config.setConnectionTimeout(10_000);
        config.setPoolName("test-" + name().toLowerCase(Locale.ROOT));
        customizer.accept(config);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new AssertionError(unreachable(e), e);
        }
    }

    /** A data source without a pool that logs in as {@code user}: to see how start-up treats credentials. */
    public DataSource unpooled(String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }

    public String label() {
        return label;
    }

    /** A table prefix no other test run uses. */
    public static String uniquePrefix() {
        return "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL) + "_";
    }

    /** Drops the tables of the log and the fence with {@code prefix}, if they exist. */
    public static void dropTables(DataSource dataSource, String prefix) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"transaction", "branch", "fence", "counter"}) {
                statement.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (SQLException e) {
            throw new AssertionError("Dropping the test tables " + prefix + "* failed: " + e.getMessage(), e);
        }
    }

    private String unreachable(Exception cause) {
        String start = switch (this) {
            case H2 -> "H2 runs in memory and needs no server: check the test class path";
            case MARIADB, MARIADB_CONNECTOR_J -> "start it with `start-stop-daemon --start --oknodo --background --exec "
                    + "/usr/sbin/mariadbd` (or `service mariadb start`); install it with `apt-get install -y mariadb-server`; "
                    + "or point TCC_TEST_MYSQL_URL (and TCC_TEST_MYSQL_USER/_PASSWORD) at a running server";
            case POSTGRESQL -> "start it with `pg_ctlcluster <version> main start` (e.g. 15) or `service postgresql start`; "
                    + "install it with `apt-get install -y postgresql`; or point TCC_TEST_POSTGRES_URL (and "
                    + "TCC_TEST_POSTGRES_USER/_PASSWORD) at a running server";
        };
        return label + " is not reachable as user '" + user + "' (" + rootCause(cause) + "): " + start
                + ". These tests need the real server and are never skipped.";
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static String connectorJ(String mariaDbUrl) {
        String url = mariaDbUrl.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        return url.contains("sslMode=") ? url : url + (url.contains("?") ? "&" : "?") + "sslMode=DISABLED";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
