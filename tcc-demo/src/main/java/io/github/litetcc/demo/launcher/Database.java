package io.github.litetcc.demo.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Where the services keep their data, fence and (for jdbc) transaction log: an H2 file per service (the embedded
 * default), or one database (MariaDB) or schema (PostgreSQL) per service and run on the servers named by
 * {@code TCC_TEST_MYSQL_URL} / {@code TCC_TEST_POSTGRES_URL} (default: this machine's).
 */
public enum Database {
    H2("sa", ""),
    MARIADB("root", ""),
    POSTGRESQL("postgres", "");

    private final String user;
    private final String password;

    Database(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The database of {@code name}, by its option value (h2, mariadb, postgresql). */
    public static Database of(String name) {
        for (Database database : values()) {
            if (database.name().equalsIgnoreCase(name)) {
                return database;
            }
        }
        throw new IllegalArgumentException("--db must be h2, mariadb or postgresql, was '" + name + "'");
    }

    /** The JDBC URL of {@code service}'s database for run {@code runId}; H2 files live under {@code dir}. */
    public String url(String service, String runId, Path dir) {
        return switch (this) {
            case H2 -> "jdbc:h2:file:" + dir.resolve(service).toAbsolutePath() + ";FILE_LOCK=FS;WRITE_DELAY=0";
            case MARIADB -> serverUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + schema(service, runId) + "$1");
            case POSTGRESQL -> serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema(service, runId);
        };
    }

    /** Creates the per-run database or schema of every service (nothing to do for H2). */
    public void create(String runId, Iterable<String> services) throws SQLException {
        execute(services, runId, this == MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ");
    }

    /** Drops what {@link #create} made. */
    public void drop(String runId, Iterable<String> services) throws SQLException {
        execute(services, runId, this == MARIADB ? "DROP DATABASE IF EXISTS " : "DROP SCHEMA IF EXISTS ");
    }

    /** A connection to {@code url} as this database's user. */
    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The user the services log in as. */
    public String user() {
        return user;
    }

    private void execute(Iterable<String> services, String runId, String statement) throws SQLException {
        if (this == H2) {
            return;
        }
        try (Connection connection = connect(serverUrl()); Statement sql = connection.createStatement()) {
            for (String service : services) {
                sql.execute(statement + schema(service, runId) + (this == POSTGRESQL && statement.startsWith("DROP") ? " CASCADE" : ""));
            }
        }
    }

    private String serverUrl() {
        String variable = this == MARIADB ? "TCC_TEST_MYSQL_URL" : "TCC_TEST_POSTGRES_URL";
        String fallback = this == MARIADB ? "jdbc:mariadb://127.0.0.1:3306/test" : "jdbc:postgresql://127.0.0.1:5432/test";
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String schema(String service, String runId) {
        return ("demo_" + runId + "_" + service).toLowerCase(Locale.ROOT);
    }
}
