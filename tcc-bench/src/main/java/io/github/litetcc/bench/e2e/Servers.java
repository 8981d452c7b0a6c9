package io.github.litetcc.bench.e2e;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the servers are: the integration tests' environment variables, defaulting to this project's local servers
 * ({@code TCC_TEST_MYSQL_URL} {@code jdbc:mariadb://127.0.0.1:3306/test} as root with an empty password,
 * {@code TCC_TEST_POSTGRES_URL} {@code jdbc:postgresql://127.0.0.1:5432/test} as postgres, {@code TCC_TEST_REDIS_URI}
 * {@code redis://127.0.0.1:6379}).
 */
final class Servers {
    static final int POOL_SIZE = 32;

    private Servers() {
    }

    /** A MariaDB pool whose connections accept several statements in one text, as tcc-repository-jdbc recommends. */
    static HikariDataSource mariadb(String name) {
        return pool(name, env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test"), env("TCC_TEST_MYSQL_USER", "root"),
                env("TCC_TEST_MYSQL_PASSWORD", ""), "allowMultiQueries");
    }

    static HikariDataSource postgresql(String name) {
        return pool(name, env("TCC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("TCC_TEST_POSTGRES_USER", "postgres"), env("TCC_TEST_POSTGRES_PASSWORD", ""), null);
    }

    static HikariDataSource h2(String name) {
        return pool(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }

    static String redisUri() {
        return env("TCC_TEST_REDIS_URI", "redis://127.0.0.1:6379");
    }

    /** A pool of {@value #POOL_SIZE} connections at READ COMMITTED; {@code trueProperty}, if given, set to {@code true}. */
    private static HikariDataSource pool(String name, String url, String user, String password, String trueProperty) {
        HikariConfig config = new HikariConfig();
        if (trueProperty != null) {
            config.addDataSourceProperty(trueProperty, "true");
        }
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(4);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
