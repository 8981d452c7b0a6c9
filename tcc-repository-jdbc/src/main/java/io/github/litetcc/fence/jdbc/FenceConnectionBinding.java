package io.github.litetcc.fence.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Optional;

/**
 * Lets a fenced phase join a local transaction that someone else manages (a Spring-managed transaction, say),
 * instead of the one {@link JdbcFence} opens by default. When {@link #join} returns a connection, the fence runs
 * its statements and the body on it and never commits, rolls back or closes it: the owner of the transaction does,
 * and must roll it back when {@link JdbcFence#execute} throws. Implementations are thread-safe.
 */
public interface FenceConnectionBinding {
    /** Never joins: the fence always opens its own transaction. */
    FenceConnectionBinding NONE = dataSource -> Optional.empty();

    /**
     * The connection of the transaction active on the calling thread for {@code dataSource}, or empty when there
     * is none (the fence then opens its own). The transaction must run at READ COMMITTED with autocommit off;
     * the fence refuses any other.
     */
    Optional<Connection> join(DataSource dataSource);

    /** Called once the fenced phase is done with a connection {@link #join} returned. Does nothing by default. */
    default void release(Connection connection, DataSource dataSource) {
    }
}
