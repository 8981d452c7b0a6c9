package io.github.litetcc.bench.store;

import java.util.Locale;

/**
 * The servers the benchmark knows, found through the same environment variables as the integration tests,
 * defaulting to this project's local servers: {@code TCC_TEST_MYSQL_URL} ({@code jdbc:mariadb://127.0.0.1:3306/test},
 * {@code TCC_TEST_MYSQL_USER} root, {@code TCC_TEST_MYSQL_PASSWORD} empty), {@code TCC_TEST_POSTGRES_URL}
 * ({@code jdbc:postgresql://127.0.0.1:5432/test}, {@code TCC_TEST_POSTGRES_USER} postgres,
 * {@code TCC_TEST_POSTGRES_PASSWORD} empty) and {@code TCC_TEST_REDIS_URI} ({@code redis://127.0.0.1:6379}).
 */
enum ServerKind {
    MARIADB, POSTGRESQL, REDIS;

    /** Connects and prepares the server for a run named {@code runId}. */
    Store open(String runId) {
        return switch (this) {
            case MARIADB -> new JdbcStore(JdbcFlavour.MARIADB, env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    env("TCC_TEST_MYSQL_USER", "root"), env("TCC_TEST_MYSQL_PASSWORD", ""), runId);
            case POSTGRESQL -> new JdbcStore(JdbcFlavour.POSTGRESQL,
                    env("TCC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    env("TCC_TEST_POSTGRES_USER", "postgres"), env("TCC_TEST_POSTGRES_PASSWORD", ""), runId);
            case REDIS -> new RedisStore(env("TCC_TEST_REDIS_URI", "redis://127.0.0.1:6379"), runId);
        };
    }

    static ServerKind parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown server '" + name + "': expected mariadb, postgresql or redis", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
