package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL dialects the JDBC log and fence speak, and what differs between them: how to read the database's
 * clock, how a duplicate key and a lost race (deadlock, serialization failure, lock timeout) are reported,
 * and which DDL script creates the tables.
 *
 * <p>Instants are stored as {@code BIGINT} milliseconds since the epoch, computed by the database itself
 * ({@link #nowMillis()}): unlike {@code TIMESTAMP} types, whose time-zone handling differs between the three
 * databases, their drivers and the session's zone (and MySQL's {@code TIMESTAMP} ends in 2038), a number means
 * the same on every node, compares with a plain index range, and due times are simple additions in SQL.
 */
public enum JdbcDialect {
    /** H2 2.x (embedded, tests, the demo). */
    H2("h2", "CAST(FLOOR(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000) AS BIGINT)"),
    /** MySQL 8 and MariaDB 10.5 or later, with either the MariaDB driver or MySQL Connector/J. */
    MYSQL("mysql", "(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) DIV 1000)"),
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql", "CAST(FLOOR(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000) AS BIGINT)");

    private static final String SCRIPT_FOLDER = "META-INF/litetcc/jdbc/";
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final int MYSQL_DUPLICATE_KEY = 1022;
    private static final int MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;

    private final String id;
    private final String nowMillis;

    JdbcDialect(String id, String nowMillis) {
        this.id = id;
        this.nowMillis = nowMillis;
    }

    /** The dialect's short name, as accepted by {@link #parse} and used in script names. */
    public String id() {
        return id;
    }

    /**
     * The dialect named {@code name} (case-insensitive: {@code h2}, {@code mysql} or {@code mariadb},
     * {@code postgresql} or {@code postgres}), or {@code null} for {@code auto}, blank or {@code null}: detect it.
     *
     * @throws TccConfigurationException naming the value if it is none of these
     */
    public static JdbcDialect parse(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "mysql", "mariadb" -> MYSQL;
            case "postgresql", "postgres" -> POSTGRESQL;
            default -> throw new TccConfigurationException("Unknown JDBC dialect '" + name
                    + "' (setting JdbcRepositoryConfig.dialect): expected h2, mysql, mariadb, postgresql or auto");
        };
    }

    /**
     * The dialect of a database, from the product name its driver reports ({@code DatabaseMetaData#getDatabaseProductName}).
     *
     * @throws TccConfigurationException naming the product if it is not supported
     */
    public static JdbcDialect detect(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return H2;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new TccConfigurationException("Unsupported database '" + productName + "' (from the driver's metadata): "
                + "the JDBC log and fence support H2, MySQL/MariaDB and PostgreSQL; if this database is compatible with "
                + "one of them, set JdbcRepositoryConfig.dialect explicitly");
    }

    /** The class-path resource holding the DDL of the log's tables (written with the default prefix {@code tcc_}). */
    public String logScript() {
        return SCRIPT_FOLDER + id + ".sql";
    }

    /** The class-path resource holding the DDL of the fence table (written with the default prefix {@code tcc_}). */
    public String fenceScript() {
        return SCRIPT_FOLDER + id + "-fence.sql";
    }

    /**
     * A SQL expression for the database's current time in epoch milliseconds. Constant within one statement,
     * so a range condition on it can use an index.
     */
    public String nowMillis() {
        return nowMillis;
    }

    /** Whether {@code e} reports a duplicate primary key. */
    public boolean isDuplicateKey(SQLException e) {
        if (this == MYSQL) {
            int code = e.getErrorCode();
            return code == MYSQL_DUPLICATE_ENTRY || code == MYSQL_DUPLICATE_KEY || code == MYSQL_DUPLICATE_ENTRY_WITH_KEY_NAME;
        }
        return "23505".equals(e.getSQLState());
    }

    /**
     * Whether {@code e} reports a lost race that a retry may win: a deadlock, a serialization failure or a
     * lock wait that timed out.
     */
    public boolean isLostRace(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("40")) {
            return true;
        }
        return switch (this) {
            case MYSQL -> e.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT || e.getErrorCode() == MYSQL_DEADLOCK;
            case POSTGRESQL -> state.equals("55P03");
            case H2 -> state.equals("HYT00");
        };
    }
}
