package io.github.litetcc.dubbo.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The servers the process tests use, from environment variables with this machine's defaults. A server that does
 * not answer fails the test with a message saying how to start one; it is never skipped.
 */
final class ProcessServers {

    private ProcessServers() {
    }

    static String mariaDbUrl() {
        return env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    }

    static String mariaDbUser() {
        return env("TCC_TEST_MYSQL_USER", "root");
    }

    static String mariaDbPassword() {
        return env("TCC_TEST_MYSQL_PASSWORD", "");
    }

    static String redisUri() {
        return env("TCC_TEST_REDIS_URI", "redis://127.0.0.1:6379");
    }

    static Connection connect() {
        try {
            return DriverManager.getConnection(mariaDbUrl(), mariaDbUser(), mariaDbPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB does not answer at " + mariaDbUrl() + " (" + e.getMessage() + "). Start one with"
                    + " 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd' (or install mariadb-server),"
                    + " or point TCC_TEST_MYSQL_URL, TCC_TEST_MYSQL_USER and TCC_TEST_MYSQL_PASSWORD at one", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
