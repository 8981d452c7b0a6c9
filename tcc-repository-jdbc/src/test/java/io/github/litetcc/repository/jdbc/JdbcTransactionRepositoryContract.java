package io.github.litetcc.repository.jdbc;

import com.zaxxer.hikari.HikariConfig;
import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.SchemaScript;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.jdbc.TestSchema;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.TransactionRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The repository contract on one database, with tables of its own; a record is corrupted with an unknown status code. */
abstract class JdbcTransactionRepositoryContract extends TransactionRepositoryContract {

    abstract TestDatabase database();

    /** Whether finished records are archived. */
    boolean archive() {
        return false;
    }

    /** Settings of the test's pool beyond the database's defaults; none by default. */
    void configurePool(HikariConfig pool) {
    }

    /** Whether the log's tables come from {@code createSchema} (with MariaDB's trigger), else from the dialect's log script alone. */
    boolean createSchema() {
        return true;
    }

    @Override
    protected TransactionRepository createRepository() {
        TestSchema schema = schema();
        if (!createSchema()) {
            runLogScript(schema);
        }
        return new JdbcTransactionRepository(schema.dataSource(), schema.config().withCreateSchema(createSchema())
                .withArchiveFinished(archive()));
    }

    private void runLogScript(TestSchema schema) {
        try (Connection connection = schema.dataSource().getConnection()) {
            JdbcDialect dialect = JdbcDialect.detect(connection.getMetaData().getDatabaseProductName());
            SchemaScript.load(dialect.logScript()).run(connection, schema.prefix());
        } catch (SQLException e) {
            throw new AssertionError("Creating the log's tables failed", e);
        }
    }

    @Override
    protected void corrupt(TransactionRepository repository, TransactionKey key) {
        TestSchema schema = schema();
        try (Connection connection = schema.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE " + schema.prefix() + "transaction SET status = 99 WHERE tx_key = ?")) {
            statement.setString(1, key.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("Corrupting " + key + " failed", e);
        }
    }

    @AfterAll
    static void dropTables(TestInfo info) {
        TestSchema.dropFor(info);
    }

    private TestSchema schema() {
        return TestSchema.of(getClass(), database(), this::configurePool);
    }
}
