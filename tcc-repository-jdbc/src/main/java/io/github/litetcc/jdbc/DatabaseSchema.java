package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The start-up step of the JDBC log and fence: connects once, settles the dialect (the configured one, or the
 * one detected from the driver's metadata) and then creates the tables from the dialect's script when
 * {@link JdbcRepositoryConfig#createSchema()} is on, or checks that they exist with all their columns.
 * Every failure is thrown at once, with its cause: wrong credentials, an unsupported database, a missing table
 * (naming the script to run).
 */
public final class DatabaseSchema {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSchema.class);

    private DatabaseSchema() {
    }

    /**
     * Prepares {@code part} on {@code dataSource}.
     *
     * @return the dialect to use
     * @throws TccConfigurationException for wrong credentials, an unsupported database or a missing table
     * @throws io.github.litetcc.RepositoryUnavailableException if the database cannot be reached
     */
    public static JdbcDialect prepare(DataSource dataSource, JdbcRepositoryConfig config, SchemaPart part) {
        try (Connection connection = connect(dataSource)) {
            JdbcDialect dialect = config.dialect() != null ? config.dialect() : detect(connection, part);
            if (config.createSchema()) {
                create(connection, dialect, config, part);
            }
            check(connection, dialect, config, part);
            return dialect;
        } catch (SQLException e) {
            throw JdbcFailures.atStartup(part.database(), e);
        }
    }

    private static Connection connect(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private static JdbcDialect detect(Connection connection, SchemaPart part) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        JdbcDialect dialect = JdbcDialect.detect(product);
        LOG.info("The {} is {}: dialect {}", part.database(), product, dialect.id());
        return dialect;
    }

    private static void create(Connection connection, JdbcDialect dialect, JdbcRepositoryConfig config, SchemaPart part) {
        SchemaScript script = SchemaScript.load(part.script(dialect));
        try {
            script.run(connection, config.tablePrefix());
        } catch (SQLException e) {
            throw new TccConfigurationException("Creating the tables of the " + part.database() + " from " + script.resource()
                    + " (prefix '" + config.tablePrefix() + "') failed: " + JdbcFailures.describe(e)
                    + "; create them by hand or grant the DataSource's user the right to", e);
        }
    }

    private static void check(Connection connection, JdbcDialect dialect, JdbcRepositoryConfig config, SchemaPart part) {
        for (SchemaPart.Table table : part.tables(config)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery(table.probe()).close();
            } catch (SQLException e) {
                throw new TccConfigurationException("Table " + table.name() + " of the " + part.database()
                        + " is missing or lacks a column (" + JdbcFailures.describe(e) + "): run the script "
                        + part.script(dialect) + " from tcc-repository-jdbc" + SchemaScript.prefixHint(config.tablePrefix())
                        + ", or start with JdbcRepositoryConfig.createSchema on", e);
            }
        }
    }
}
