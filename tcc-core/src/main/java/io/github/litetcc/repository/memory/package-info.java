/**
 * The in-memory transaction log: a real, thread-safe {@link io.github.litetcc.spi.TransactionRepository}
 * that stores encoded copies of records and enforces versions like a database would. For tests and for
 * single-process users who accept that the log does not survive the process.
 */
package io.github.litetcc.repository.memory;
