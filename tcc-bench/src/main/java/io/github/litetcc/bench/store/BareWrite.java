package io.github.litetcc.bench.store;

/**
 * The server's plainest durable write, the baseline of every protocol write: on a database an autocommit
 * single-row INSERT of a new key and {@code payload}; on Redis a {@code SET} of a new key to {@code payload}.
 */
@FunctionalInterface
interface BareWrite {
    void write(byte[] payload) throws Exception;
}
