package io.github.litetcc.repository.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A protocol write as {@link GroupCommit} sends it in a transaction shared with other writes: its statements, how to
 * bind their parameters and how to read their results there. What is read becomes the write's answer only once the
 * whole batch committed.
 *
 * @param statements the write's statements, in order, each producing one result (an update count or rows)
 * @param binder     binds the statements' parameters from a given index
 * @param reader     reads the statements' results, in order, into the answer to give once committed
 * @param <T>        what the write returns
 */
record BatchedWrite<T>(List<String> statements, ParameterBinder binder, ResultReader<T> reader) {

    /** Binds a write's parameters starting at index {@code first}; returns the index after its last one. */
    @FunctionalInterface
    interface ParameterBinder {
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    /**
     * Reads a write's results; returns what the write answers once the batch committed. The answer may still read
     * the database (to explain a guarded write that changed nothing), on its caller's thread and connection.
     */
    @FunctionalInterface
    interface ResultReader<T> {
        Supplier<T> read(BatchResults results) throws SQLException;
    }
}
