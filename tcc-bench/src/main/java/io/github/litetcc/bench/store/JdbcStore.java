package io.github.litetcc.bench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * MariaDB or PostgreSQL through one HikariCP pool (four connections, opened up front, READ COMMITTED as a
 * participant's fence needs), shared by the logs, the fence and the baselines. Every table of the run is named
 * {@code <run id>_…} and dropped by {@link #close()}.
 */
final class JdbcStore implements Store {
    private static final int POOL_SIZE = 4;
    private final JdbcFlavour flavour;
    private final HikariDataSource pool;
    private final String runId;
    private final String url;
    private final Properties credentials = new Properties();
    private final List<String> tables = new ArrayList<>();
    private JdbcFenceVariants fence;
    private BareWrite bare;

    JdbcStore(JdbcFlavour flavour, String url, String user, String password, String runId) {
        this.flavour = flavour;
        this.runId = runId;
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("bench-" + flavour.label());
        this.pool = new HikariDataSource(config);
    }

    @Override
    public String label() {
        return flavour.label();
    }

    @Override
    public String version() {
        try (Connection connection = pool.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the version of " + label() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public LogUnderTest openLog(String name) {
        JdbcRepositoryConfig config = schemaOf(runId + "_" + name + "_");
        tables.add(config.branchTable());
        tables.add(config.transactionTable());
        return new JdbcLog(pool, new JdbcTransactionRepository(pool, config), config, flavour);
    }

    @Override
    public BareWrite bareWrite() {
        if (bare == null) {
            bare = createBareWrite();
        }
        return bare;
    }

    private BareWrite createBareWrite() {
        String table = runId + "_bare";
        execute(flavour.createBareTable(table), table);
        String insert = "INSERT INTO " + table + " (id, payload) VALUES (?, ?)";
        return payload -> {
            try (Connection connection = pool.getConnection();
                 PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setString(1, Xid.generate(Instant.now()).toString());
                statement.setBytes(2, payload);
                statement.executeUpdate();
            }
        };
    }

    @Override
    public FenceVariant plainBusinessChange() {
        return fence().plain();
    }

    @Override
    public List<FenceVariant> fencedBusinessChanges() {
        return fence().fenced();
    }

    @Override
    public List<Comparison> measureWriteShapes(int payloadBytes, int warmup, int iterations) throws Exception {
        WriteShapes shapes = new WriteShapes(flavour, runId);
        Properties properties = new Properties();
        properties.putAll(credentials);
        if (flavour == JdbcFlavour.MARIADB) {
            properties.setProperty("allowMultiQueries", "true");
        }
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            tables.addAll(shapes.tables());
            return shapes.measure(connection, payloadBytes, warmup, iterations);
        } finally {
            tables.removeAll(shapes.tables());
            drop(shapes.tables());
        }
    }

    @Override
    public void close() {
        try {
            drop(tables);
        } finally {
            pool.close();
        }
    }

    private void drop(List<String> names) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : names) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dropping the tables " + names + " failed: " + e.getMessage(), e);
        }
    }

    private JdbcFenceVariants fence() {
        if (fence == null) {
            String prefix = runId + "_fence_";
            tables.add(prefix + "fence");
            tables.add(runId + "_account");
            fence = new JdbcFenceVariants(pool, flavour, schemaOf(prefix),
                    runId + "_account");
        }
        return fence;
    }

    /** The repository's and fence's settings for tables named {@code prefix…}, created at start-up. */
    private static JdbcRepositoryConfig schemaOf(String prefix) {
        return JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true);
    }

    private void execute(String sql, String createdTable) {
        tables.add(createdTable);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Creating " + createdTable + " failed: " + e.getMessage(), e);
        }
    }
}
