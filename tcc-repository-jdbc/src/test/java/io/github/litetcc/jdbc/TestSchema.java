package io.github.litetcc.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.TestInfo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One pool and one fresh table prefix per test class, shared by its tests and dropped when the class ends:
 * call {@link #of} from the tests and {@link #dropFor} from an {@code @AfterAll} method.
 */
public record TestSchema(HikariDataSource dataSource, String prefix) {
    private static final Map<Class<?>, TestSchema> BY_CLASS = new ConcurrentHashMap<>();

    /** The schema of {@code testClass} on {@code database}, opened on first use. */
    public static TestSchema of(Class<?> testClass, TestDatabase database) {
        return of(testClass, database, config -> {
        });
    }

    /** The schema of {@code testClass} on {@code database}, its pool configured further by {@code pool}, opened on first use. */
    public static TestSchema of(Class<?> testClass, TestDatabase database, Consumer<HikariConfig> pool) {
        return BY_CLASS.computeIfAbsent(testClass, ignored -> new TestSchema(database.open(pool), TestDatabase.uniquePrefix()));
    }

    /** Drops the tables of the class {@code info} belongs to and closes its pool. */
    public static void dropFor(TestInfo info) {
        TestSchema schema = BY_CLASS.remove(info.getTestClass().orElseThrow());
        if (schema != null) {
            try {
                TestDatabase.dropTables(schema.dataSource, schema.prefix);
            } finally {
                schema.dataSource.close();
            }
        }
    }

    /** The default configuration with this schema's prefix, creating the tables. */
    public JdbcRepositoryConfig config() {
        return JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true);
    }
}
