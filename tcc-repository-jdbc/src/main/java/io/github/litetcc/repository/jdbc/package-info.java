/**
 * The transaction log on JDBC ({@link io.github.litetcc.repository.jdbc.JdbcTransactionRepository}): a header table
 * and a branch table per the dialect's DDL, every protocol write one local transaction of at most two statements,
 * optimistic versions, due records through an index on the next attempt time, all times on the database's clock.
 */
package io.github.litetcc.repository.jdbc;
