package io.github.litetcc.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work as one local transaction on a connection the caller opened: autocommit off (and optionally an
 * isolation level) for the duration, commit when the work returns, roll back when it throws, then the
 * connection's previous settings restored. The work's own exceptions pass through unchanged (a failed rollback
 * is added to them as suppressed); failures of the transaction handling itself are translated by
 * {@link JdbcFailures}. Thread-safe: holds no state of its own.
 */
public final class LocalTransaction {
    /** Pass as isolation to keep the connection's own level. */
    public static final int KEEP_ISOLATION = -1;
    private static final Logger LOG = LoggerFactory.getLogger(LocalTransaction.class);

    private final JdbcFailures failures;

    public LocalTransaction(JdbcFailures failures) {
        this.failures = failures;
    }

    /** What runs inside the transaction. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run(Connection connection) throws X;
    }

    /**
     * Runs {@code work} in one transaction on {@code connection}, at {@code isolation} (a {@link Connection}
     * constant) or at the connection's own level for {@link #KEEP_ISOLATION}. {@code what} names the operation
     * in error messages.
     */
    public <T, X extends Exception> T run(Connection connection, int isolation, String what, Work<T, X> work) throws X {
        Settings previous = begin(connection, isolation, what);
        try {
            T result = runAndRollBackOnFailure(connection, what, work);
            commit(connection, what);
            return result;
        } finally {
            previous.restore(connection);
        }
    }

    private <T, X extends Exception> T runAndRollBackOnFailure(Connection connection, String what, Work<T, X> work) throws X {
        try {
            return work.run(connection);
        } catch (Exception | Error failure) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                failure.addSuppressed(rollback);
            }
            throw failure;
        }
    }

    private Settings begin(Connection connection, int isolation, String what) {
        try {
            Settings previous = new Settings(connection.getAutoCommit(),
                    isolation == KEEP_ISOLATION ? KEEP_ISOLATION : connection.getTransactionIsolation());
            if (isolation != KEEP_ISOLATION && previous.isolation != isolation) {
                connection.setTransactionIsolation(isolation);
            }
            if (previous.autoCommit) {
                connection.setAutoCommit(false);
            }
            return previous.changedFrom(isolation);
        } catch (SQLException e) {
            throw failures.translate(what + " (starting its transaction)", e);
        }
    }

    private void commit(Connection connection, String what) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failures.translate(what + " (commit)", e);
        }
    }

    /** A connection's settings before the transaction; {@code isolation} is {@link #KEEP_ISOLATION} when unchanged. */
    private record Settings(boolean autoCommit, int isolation) {

        Settings changedFrom(int requested) {
            return new Settings(autoCommit, requested == KEEP_ISOLATION || requested == isolation ? KEEP_ISOLATION : isolation);
        }

        void restore(Connection connection) {
            try {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
                if (isolation != KEEP_ISOLATION) {
                    connection.setTransactionIsolation(isolation);
                }
            } catch (SQLException e) {
                LOG.warn("Could not restore the connection's settings after a transaction: {}", JdbcFailures.describe(e));
            }
        }
    }
}
