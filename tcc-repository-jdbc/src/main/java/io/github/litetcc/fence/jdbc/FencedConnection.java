package io.github.litetcc.fence.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * The connection of the fenced phase running on the calling thread: the business body of
 * {@link JdbcFence#execute} runs its SQL on {@link #current()} so that its changes commit, or roll back,
 * together with the fence row. The body must not commit, roll back or change the auto-commit mode of that
 * connection (those calls throw {@link IllegalStateException}); closing it does nothing — the fence ends the
 * transaction. Bound only while the body runs; a nested fenced phase binds its own and the previous one is
 * restored afterwards. Work handed to another thread does not see it.
 */
public final class FencedConnection {
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    private FencedConnection() {
    }

    /**
     * The connection of the fenced phase running on this thread.
     *
     * @throws IllegalStateException outside the body of a fenced phase
     */
    public static Connection current() {
        Connection connection = CURRENT.get();
        if (connection == null) {
            throw new IllegalStateException("No fenced phase runs on this thread: FencedConnection.current() is available "
                    + "only inside the body passed to JdbcFence.execute");
        }
        return connection;
    }

    /** The connection of the fenced phase running on this thread, if any. */
    public static Optional<Connection> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds {@code connection} (guarded) to this thread; {@link Scope#close()} restores the previous binding. */
    static Scope bind(Connection connection) {
        Connection previous = CURRENT.get();
        CURRENT.set(BodyConnection.guard(connection));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Ends a binding. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
