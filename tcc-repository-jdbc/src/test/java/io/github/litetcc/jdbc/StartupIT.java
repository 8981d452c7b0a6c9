package io.github.litetcc.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up of the log and the fence on each database: what is created, what is checked, and what fails at once. */
class StartupIT {
    private static final Map<TestDatabase, HikariDataSource> POOLS = new EnumMap<>(TestDatabase.class);

    @AfterAll
    static void closePools() {
        POOLS.values().forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void missingTablesFailStartUpNamingTheScriptToRun(TestDatabase database) {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(TestDatabase.uniquePrefix());
        String dialect = database == TestDatabase.H2 ? "h2" : database == TestDatabase.POSTGRESQL ? "postgresql" : "mysql";

        assertThatThrownBy(() -> new JdbcTransactionRepository(pool(database), config)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining(config.transactionTable()).hasMessageContaining("META-INF/litetcc/jdbc/" + dialect + ".sql")
                .hasMessageContaining("replaced by '" + config.tablePrefix() + "'").hasMessageContaining("createSchema");
        assertThatThrownBy(() -> new JdbcFence(pool(database), config)).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining(config.fenceTable()).hasMessageContaining("META-INF/litetcc/jdbc/" + dialect + "-fence.sql");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createSchemaCreatesTheTablesThatALaterStartOnlyChecks(TestDatabase database) {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(TestDatabase.uniquePrefix());
        try {
            new JdbcTransactionRepository(pool(database), config.withCreateSchema(true));
            new JdbcFence(pool(database), config.withCreateSchema(true));
            new JdbcTransactionRepository(pool(database), config.withCreateSchema(true));

            assertThat(new JdbcTransactionRepository(pool(database), config).dialect()).isEqualTo(expectedDialect(database));
            assertThat(new JdbcFence(pool(database), config)).isNotNull();
        } finally {
            TestDatabase.dropTables(pool(database), config.tablePrefix());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"MARIADB", "MARIADB_CONNECTOR_J", "POSTGRESQL"})
    void wrongCredentialsFailStartUpWithTheCause(TestDatabase database) {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withCreateSchema(true);

        assertThatThrownBy(() -> new JdbcTransactionRepository(database.unpooled("litetcc_no_such_user", "wrong"), config))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("credentials")
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> new JdbcFence(database.unpooled("litetcc_no_such_user", "wrong"), config))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("fence's database");
    }

    @Test
    void anUnsupportedDatabaseFailsStartUpNamingIt() {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withCreateSchema(true);

        assertThatThrownBy(() -> new JdbcTransactionRepository(RenamedProductDataSource.of(pool(TestDatabase.H2), "Apache Derby"), config))
                .isInstanceOf(TccConfigurationException.class).hasMessageContaining("'Apache Derby'")
                .hasMessageContaining("JdbcRepositoryConfig.dialect");
    }

    @Test
    void aDialectGivenInTheConfigurationIsUsedWithoutDetection() {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(TestDatabase.uniquePrefix()).withCreateSchema(true)
                .withDialect("H2");
        try {
            JdbcTransactionRepository repository = new JdbcTransactionRepository(
                    RenamedProductDataSource.of(pool(TestDatabase.H2), "Apache Derby"), config);

            assertThat(repository.dialect()).isEqualTo(JdbcDialect.H2);
        } finally {
            TestDatabase.dropTables(pool(TestDatabase.H2), config.tablePrefix());
        }
    }

    @Test
    void aTableThatLacksAColumnFailsStartUp() throws SQLException {
        JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withTablePrefix(TestDatabase.uniquePrefix());
        try (Connection connection = pool(TestDatabase.H2).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + config.fenceTable() + " (xid CHAR(32), branch_id VARCHAR(160), status SMALLINT)");

            assertThatThrownBy(() -> new JdbcFence(pool(TestDatabase.H2), config)).isInstanceOf(TccConfigurationException.class)
                    .hasMessageContaining("lacks a column").hasMessageContaining(config.fenceTable());
        } finally {
            TestDatabase.dropTables(pool(TestDatabase.H2), config.tablePrefix());
        }
    }

    private static JdbcDialect expectedDialect(TestDatabase database) {
        return switch (database) {
            case H2 -> JdbcDialect.H2;
            case MARIADB, MARIADB_CONNECTOR_J -> JdbcDialect.MYSQL;
            case POSTGRESQL -> JdbcDialect.POSTGRESQL;
        };
    }

    private static synchronized HikariDataSource pool(TestDatabase database) {
        return POOLS.computeIfAbsent(database, TestDatabase::open);
    }
}
