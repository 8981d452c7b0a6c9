package io.github.litetcc.spring.quartz;

import io.github.litetcc.TccConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates Quartz's tables from the script that ships in the Quartz jar ({@code org/quartz/impl/jdbcjobstore/}),
 * only when they are missing: the scripts' {@code DROP} statements are skipped, so existing tables and their rows
 * are never touched.
 */
final class QuartzSchema {

    private QuartzSchema() {
    }

    /** The databases LiteTCC knows the Quartz script and delegate of. */
    enum Dialect {
        H2("tables_h2.sql", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"),
        MYSQL("tables_mysql_innodb.sql", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"),
        POSTGRESQL("tables_postgres.sql", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

        private final String script;
        private final String delegateClass;

        Dialect(String script, String delegateClass) {
            this.script = script;
            this.delegateClass = delegateClass;
        }

        String delegateClass() {
            return delegateClass;
        }

        static Dialect of(String url) {
            if (url.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                return MYSQL;
            }
            if (url.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new TccConfigurationException("Setting tcc.quartz.jdbc.url ('" + url + "') names a database LiteTCC has no"
                    + " Quartz schema for: use H2, MySQL/MariaDB or PostgreSQL");
        }
    }

    static void createIfMissing(QuartzSettings.JdbcJobStore jdbc) {
        Dialect dialect = Dialect.of(jdbc.url());
        try (Connection connection = DriverManager.getConnection(jdbc.url(), jdbc.username(), jdbc.password())) {
            if (exists(connection, jdbc.tablePrefix())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(dialect, jdbc.tablePrefix())) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                if (!exists(connection, jdbc.tablePrefix())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new TccConfigurationException("Could not create Quartz's tables at " + jdbc.url() + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String prefix) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[]{"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(prefix + "LOCKS")) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<String> statements(Dialect dialect, String prefix) {
        List<String> statements = new ArrayList<>();
        for (String sql : withoutComments(read(dialect.script)).split(";")) {
            String trimmed = sql.trim();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                statements.add(trimmed.replace("QRTZ_", prefix));
            }
        }
        return statements;
    }

    private static String withoutComments(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("#") && !trimmed.startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static String read(String script) {
        String path = "org/quartz/impl/jdbcjobstore/" + script;
        try (InputStream in = QuartzSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new TccConfigurationException("The Quartz jar holds no " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TccConfigurationException("Could not read " + path + " from the Quartz jar", e);
        }
    }
}
