package io.github.litetcc.bench.store;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the store benchmark on the local servers with tiny counts (seconds; nothing is timed here): it
 * reports every part on every server and leaves none of its tables or keys behind.
 */
class StoreBenchmarkIT {

    @Test
    void reportsEveryPartOnEveryServerAndLeavesNothingBehind() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BenchOptions tiny = BenchOptions.parse("--rounds=1", "--warmup=5", "--iterations=20", "--passes=5",
                "--small-log=120", "--large-log=2000", "--due=10");

        String runId = StoreBenchmark.run(tiny, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        for (String server : new String[] {"MariaDB", "PostgreSQL", "Redis"}) {
            assertThat(report).contains("| " + server + " | begin+enlist (create) |", "| " + server + " | findDue(10) |",
                    "| " + server + " | try · ");
        }
        assertThat(report).contains("| MariaDB | one multi-statement text |", "| PostgreSQL | one statement (INSERT … WITH) |");
        assertThat(tablesNamed(env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                env("TCC_TEST_MYSQL_USER", "root"), env("TCC_TEST_MYSQL_PASSWORD", ""), runId)).isZero();
        assertThat(tablesNamed(env("TCC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("TCC_TEST_POSTGRES_USER", "postgres"), env("TCC_TEST_POSTGRES_PASSWORD", ""), runId)).isZero();
        assertThat(redisKeysOf(runId)).isZero();
    }

    private static int tablesNamed(String url, String user, String password, String runId) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) LIKE ?")) {
            query.setString(1, runId + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static int redisKeysOf(String runId) {
        RedisClient client = RedisClient.create(env("TCC_TEST_REDIS_URI", "redis://127.0.0.1:6379"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            KeyScanCursor<String> page = connection.sync().scan(ScanArgs.Builder.matches("{" + runId + "*").limit(100_000));
            int found = page.getKeys().size();
            while (!page.isFinished()) {
                page = connection.sync().scan(page, ScanArgs.Builder.matches("{" + runId + "*").limit(100_000));
                found += page.getKeys().size();
            }
            return found;
        } finally {
            client.shutdown();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
