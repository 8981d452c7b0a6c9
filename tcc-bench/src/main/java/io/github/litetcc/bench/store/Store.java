package io.github.litetcc.bench.store;

import java.util.List;

/**
 * One server under test and everything this run created on it. Every name it creates carries the run's id, and
 * {@link #close()} removes all of it (tables, keys), whatever state the run ended in.
 */
interface Store extends AutoCloseable {

    /** The server, e.g. {@code MariaDB}. */
    String label();

    /** The server's version, as it reports it. */
    String version();

    /** A new, empty transaction log under its own table prefix or key namespace. */
    LogUnderTest openLog(String name);

    /** The bare write that protocol writes are compared with. */
    BareWrite bareWrite();

    /** The plain business change that the fenced ones are compared with. */
    FenceVariant plainBusinessChange();

    /** The fenced forms of the same business change. */
    List<FenceVariant> fencedBusinessChanges();

    /**
     * The diagnosis of {@link Part#SHAPES}, on a connection of its own; nothing where it does not apply (Redis, whose
     * scripts are one round trip whatever they write).
     */
    default List<Comparison> measureWriteShapes(int payloadBytes, int warmup, int iterations) throws Exception {
        return List.of();
    }

    /** Drops every table or key this run created, and closes the connections. */
    @Override
    void close();
}
