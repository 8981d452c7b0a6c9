package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;

import java.util.regex.Pattern;

/**
 * Settings of the JDBC log and the JDBC fence. Immutable; the compact constructor validates every value and
 * throws a {@link TccConfigurationException} naming the setting and the value.
 *
 * @param tablePrefix        prefix of every table and index name: lower-case letters, digits and '_', starting
 *                           with a letter, at most 40 characters (default {@code tcc_}: tables {@code tcc_transaction},
 *                           {@code tcc_branch}, {@code tcc_fence})
 * @param createSchema       create missing tables at start-up from the dialect's script; when off (the default)
 *                           the tables are only checked and a missing one fails start-up naming the script to run
 * @param dialect            the SQL dialect, or {@code null} (the default) to detect it from the database's metadata
 * @param archiveFinished    keep finished records (terminal status, never due) instead of deleting them (default off)
 * @param maxPayloadBytes    largest serialized try arguments, and try context, of one branch (default 64 KiB)
 * @param maxTryResultBytes  largest try result the fence stores (default 64 KiB)
 */
public record JdbcRepositoryConfig(String tablePrefix, boolean createSchema, JdbcDialect dialect, boolean archiveFinished,
                                   int maxPayloadBytes, int maxTryResultBytes) {
    // Before DEFAULT: the compact constructor needs it.
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** The defaults: prefix {@code tcc_}, schema checked, dialect detected, no archive, 64 KiB limits. */
    public static final JdbcRepositoryConfig DEFAULT = new JdbcRepositoryConfig("tcc_", false, null, false, 64 * 1024, 64 * 1024);
    /** Largest accepted payload limit: what a MySQL {@code MEDIUMBLOB} holds. */
    public static final int MAX_PAYLOAD_LIMIT = 16 * 1024 * 1024 - 1;

    public JdbcRepositoryConfig {
        if (tablePrefix == null || !PREFIX.matcher(tablePrefix).matches()) {
            throw new TccConfigurationException("JdbcRepositoryConfig.tablePrefix must be 1 to 40 lower-case letters, digits "
                    + "or '_' starting with a letter, was " + (tablePrefix == null ? "null" : "'" + tablePrefix + "'"));
        }
        requireLimit("maxPayloadBytes", maxPayloadBytes, 1);
        requireLimit("maxTryResultBytes", maxTryResultBytes, 0);
    }

    public JdbcRepositoryConfig withTablePrefix(String prefix) {
        return new JdbcRepositoryConfig(prefix, createSchema, dialect, archiveFinished, maxPayloadBytes, maxTryResultBytes);
    }

    public JdbcRepositoryConfig withCreateSchema(boolean create) {
        return new JdbcRepositoryConfig(tablePrefix, create, dialect, archiveFinished, maxPayloadBytes, maxTryResultBytes);
    }

    /** A copy with the given dialect ({@code null} to detect it). */
    public JdbcRepositoryConfig withDialect(JdbcDialect chosen) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, chosen, archiveFinished, maxPayloadBytes, maxTryResultBytes);
    }

    /** A copy with the dialect named {@code name} ({@code h2}, {@code mysql}, {@code mariadb}, {@code postgresql} or {@code auto}). */
    public JdbcRepositoryConfig withDialect(String name) {
        return withDialect(JdbcDialect.parse(name));
    }

    public JdbcRepositoryConfig withArchiveFinished(boolean archive) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archive, maxPayloadBytes, maxTryResultBytes);
    }

    public JdbcRepositoryConfig withMaxPayloadBytes(int bytes) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archiveFinished, bytes, maxTryResultBytes);
    }

    public JdbcRepositoryConfig withMaxTryResultBytes(int bytes) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archiveFinished, maxPayloadBytes, bytes);
    }

    /** The log's header table: one row per record. */
    public String transactionTable() {
        return tablePrefix + "transaction";
    }

    /** The log's branch table: one row per enlisted branch. */
    public String branchTable() {
        return tablePrefix + "branch";
    }

    /** The fence table, in the participant's business database. */
    public String fenceTable() {
        return tablePrefix + "fence";
    }

    private static void requireLimit(String setting, int value, int min) {
        if (value < min || value > MAX_PAYLOAD_LIMIT) {
            throw new TccConfigurationException("JdbcRepositoryConfig." + setting + " must be between " + min + " and "
                    + MAX_PAYLOAD_LIMIT + " bytes, was " + value);
        }
    }
}
