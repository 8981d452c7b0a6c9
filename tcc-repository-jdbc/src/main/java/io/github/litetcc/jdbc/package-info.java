/**
 * What the JDBC log and the JDBC fence share: their configuration ({@link io.github.litetcc.jdbc.JdbcRepositoryConfig}),
 * the supported SQL dialects, the DDL shipped per dialect and its installation or check at start-up, one local
 * transaction on a connection, and the translation of driver errors into LiteTCC's exceptions.
 */
package io.github.litetcc.jdbc;
