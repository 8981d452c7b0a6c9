package io.github.litetcc.bench.e2e;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.bench.store.RedisCleanup;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;
import io.github.litetcc.repository.redis.RedisTransactionRepository;
import io.github.litetcc.spi.TransactionRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** The starter's transaction log in a run: where it lives, opened under the run's own table prefix or key namespace. */
enum LogStore {
    MEMORY("in-memory"), H2("H2"), MARIADB("MariaDB"), POSTGRESQL("PostgreSQL"), REDIS("Redis");

    private final String label;

    LogStore(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static LogStore parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown log store '" + name + "': expected memory, h2, mariadb, postgresql or redis", e);
        }
    }

    /** Opens an empty log named after {@code runId}, a JDBC one with the default settings; closing the result removes it. */
    OpenLog open(String runId) {
        return open(runId, JdbcRepositoryConfig.DEFAULT.maxWritesPerCommit());
    }

    /** Opens an empty log named after {@code runId}, a JDBC one sharing at most {@code writesPerCommit} writes per commit. */
    OpenLog open(String runId, int writesPerCommit) {
        String prefix = "e2e" + runId + "_";
        return switch (this) {
            case MEMORY -> new OpenLog(new InMemoryTransactionRepository(), () -> { });
            case H2 -> jdbc(Servers.h2("bench" + runId), prefix, writesPerCommit);
            case MARIADB -> jdbc(Servers.mariadb("bench-log"), prefix, writesPerCommit);
            case POSTGRESQL -> jdbc(Servers.postgresql("bench-log"), prefix, writesPerCommit);
            case REDIS -> redis(prefix);
        };
    }

    private static OpenLog jdbc(HikariDataSource pool, String prefix, int writesPerCommit) {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true)
                .withMaxWritesPerCommit(writesPerCommit);
        return new OpenLog(new JdbcTransactionRepository(pool, config), () -> {
            try (pool; Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + config.branchTable());
                statement.execute("DROP TABLE IF EXISTS " + config.transactionTable());
            } catch (SQLException e) {
                System.err.println("Dropping the log tables " + prefix + "* failed: " + e.getMessage());
            }
        });
    }

    private static OpenLog redis(String namespace) {
        RedisConnection connection = RedisConnection.open(Servers.redisUri());
        RedisTransactionRepository repository = new RedisTransactionRepository(connection,
                RedisRepositoryConfig.DEFAULT.withNamespace(namespace));
        return new OpenLog(repository, () -> {
            try (connection) {
                new RedisCleanup(connection).deleteMatching("*" + namespace + "*");
            }
        });
    }

    /** An opened log and how to remove it. */
    record OpenLog(TransactionRepository repository, Runnable remove) implements AutoCloseable {
        @Override
        public void close() {
            remove.run();
        }
    }
}
