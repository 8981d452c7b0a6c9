package io.github.litetcc.bench.store;

import java.util.Locale;

/**
 * The servers the benchmark knows, found through the same environment variables as the integration tests
 * ({@code TCC_TEST_MYSQL_URL}, {@code TCC_TEST_POSTGRES_URL}, {@code TCC_TEST_REDIS_URI}, and the
 * {@code _USER}/{@code _PASSWORD} variables of the databases), defaulting to this project's local servers.
 */
enum ServerKind {
    REDIS;

    /** Connects and prepares the server for a run named {@code runId}. */
    Store open(String runId) {
        return switch (this) {
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
        return value == null || value.isBlank() ? fallback : value;
    }
}
