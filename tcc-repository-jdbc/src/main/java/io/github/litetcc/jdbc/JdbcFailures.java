package io.github.litetcc.jdbc;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.TransientTccException;

import java.sql.SQLException;

/**
 * Turns a driver's {@link SQLException} into LiteTCC's exceptions: a lost race (deadlock, serialization
 * failure, lock timeout) into a {@link ConcurrentUpdateException}, anything else into a
 * {@link RepositoryUnavailableException}; both are transient. Messages never contain a JDBC URL (it may
 * hold a password). Stateless and thread-safe.
 */
public final class JdbcFailures {
    private final JdbcDialect dialect;

    public JdbcFailures(JdbcDialect dialect) {
        this.dialect = dialect;
    }

    /** The exception to throw when {@code what} (e.g. "Enlisting branch 2 of xid …") failed with {@code e}. */
    public TransientTccException translate(String what, SQLException e) {
        if (dialect.isLostRace(e)) {
            ConcurrentUpdateException lost = new ConcurrentUpdateException(what + " lost a race with a concurrent change ("
                    + describe(e) + "); nothing changed, retry");
            lost.initCause(e);
            return lost;
        }
        return new RepositoryUnavailableException(what + " failed: " + describe(e) + "; nothing changed", e);
    }

    /**
     * The exception to throw when no connection could be opened at start-up: a {@link TccConfigurationException}
     * when the database refused the credentials, else a {@link RepositoryUnavailableException}.
     */
    public static RuntimeException atStartup(String database, SQLException e) {
        if (isAccessDenied(e)) {
            return new TccConfigurationException("The " + database + " refused the DataSource's credentials ("
                    + describe(e) + "): check its user name and password", e);
        }
        return new RepositoryUnavailableException("Cannot connect to the " + database + " at start-up: " + describe(e)
                + "; check that it runs and that the DataSource points at it", e);
    }

    /** The driver's message with the SQL state and vendor code, for log lines and exception messages. */
    public static String describe(SQLException e) {
        return e.getMessage() + " [SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + "]";
    }

    private static boolean isAccessDenied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }
}
