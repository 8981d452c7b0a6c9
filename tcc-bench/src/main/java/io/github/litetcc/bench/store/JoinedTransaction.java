package io.github.litetcc.bench.store;

import io.github.litetcc.fence.jdbc.FenceConnectionBinding;

import java.sql.Connection;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The business transaction a fence joins, as a transaction manager (Spring's, say) would offer it: the
 * connection of the transaction open on this thread, if any.
 */
final class JoinedTransaction implements FenceConnectionBinding {
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    @Override
    public Optional<Connection> join(DataSource dataSource) {
        return Optional.ofNullable(current.get());
    }

    /** Runs {@code work} with {@code connection} as this thread's transaction. */
    void within(Connection connection, Timed work) throws Exception {
        current.set(connection);
        try {
            work.run();
        } finally {
            current.remove();
        }
    }
}
