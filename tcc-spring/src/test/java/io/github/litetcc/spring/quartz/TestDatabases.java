package io.github.litetcc.spring.quartz;

/** The real database servers the integration tests use: the local ones unless the environment names others. */
public final class TestDatabases {
    public static final String MARIADB_URL = env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test");
    public static final String MARIADB_USER = env("TCC_TEST_MYSQL_USER", "root");
    public static final String MARIADB_PASSWORD = env("TCC_TEST_MYSQL_PASSWORD", "");
    public static final String POSTGRES_URL = env("TCC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = env("TCC_TEST_POSTGRES_USER", "postgres");
    public static final String POSTGRES_PASSWORD = env("TCC_TEST_POSTGRES_PASSWORD", "");

    private TestDatabases() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
