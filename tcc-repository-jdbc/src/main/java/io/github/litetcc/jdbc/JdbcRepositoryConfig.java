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
 * @param maxWritesPerCommit most log writes that share one transaction, 1 to {@value #MAX_WRITES_PER_COMMIT} (default
 *                           32): on MySQL/MariaDB with several statements per text allowed, writes arriving while
 *                           another is in flight go together in one round trip and one commit (group commit), each
 *                           caller still answered only once its own write committed; 1 sends each write alone
 */
public record JdbcRepositoryConfig(String tablePrefix, boolean createSchema, JdbcDialect dialect, boolean archiveFinished,
                                   int maxPayloadBytes, int maxTryResultBytes, int maxWritesPerCommit) {
    // Before DEFAULT: the compact constructor needs it.
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** Largest accepted payload limit: what a MySQL {@code MEDIUMBLOB} holds. */
    public static final int MAX_PAYLOAD_LIMIT = 16 * 1024 * 1024 - 1;
    /** Largest accepted {@link #maxWritesPerCommit()}. */
    public static final int MAX_WRITES_PER_COMMIT = 1000;
    /** The defaults: prefix {@code tcc_}, schema checked, dialect detected, no archive, 64 KiB limits, 32 writes per commit. */
    public static final JdbcRepositoryConfig DEFAULT = new JdbcRepositoryConfig("tcc_", false, null, false, 64 * 1024, 64 * 1024, 32);

    public JdbcRepositoryConfig {
        if (tablePrefix == null || !PREFIX.matcher(tablePrefix).matches()) {
            throw new TccConfigurationException("JdbcRepositoryConfig.tablePrefix must be 1 to 40 lower-case letters, digits "
                    + "or '_' starting with a letter, was " + (tablePrefix == null ? "null" : "'" + tablePrefix + "'"));
        }
        requireLimit("maxPayloadBytes", maxPayloadBytes, 1);
        requireLimit("maxTryResultBytes", maxTryResultBytes, 0);
        if (maxWritesPerCommit < 1 || maxWritesPerCommit > MAX_WRITES_PER_COMMIT) {
            throw new TccConfigurationException("JdbcRepositoryConfig.maxWritesPerCommit must be between 1 and "
                    + MAX_WRITES_PER_COMMIT + ", was " + maxWritesPerCommit);
        }
    }

    public JdbcRepositoryConfig withTablePrefix(String prefix) {
        return new JdbcRepositoryConfig(prefix, createSchema, dialect, archiveFinished, maxPayloadBytes, maxTryResultBytes, maxWritesPerCommit);
    }

    public JdbcRepositoryConfig withCreateSchema(boolean create) {
        return new JdbcRepositoryConfig(tablePrefix, create, dialect, archiveFinished, maxPayloadBytes, maxTryResultBytes, maxWritesPerCommit);
    }

    /** A copy with the given dialect ({@code null} to detect it). */
    public JdbcRepositoryConfig withDialect(JdbcDialect chosen) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, chosen, archiveFinished, maxPayloadBytes, maxTryResultBytes, maxWritesPerCommit);
    }

    /** A copy with the dialect named {@code name} ({@code h2}, {@code mysql}, {@code mariadb}, {@code postgresql} or {@code auto}). */
    public JdbcRepositoryConfig withDialect(String name) {
        return withDialect(JdbcDialect.parse(name));
    }

    public JdbcRepositoryConfig withArchiveFinished(boolean archive) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archive, maxPayloadBytes, maxTryResultBytes, maxWritesPerCommit);
    }

    public JdbcRepositoryConfig withMaxPayloadBytes(int bytes) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archiveFinished, bytes, maxTryResultBytes, maxWritesPerCommit);
    }

    public JdbcRepositoryConfig withMaxTryResultBytes(int bytes) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archiveFinished, maxPayloadBytes, bytes, maxWritesPerCommit);
    }

    /** A copy in which at most {@code writes} log writes share one transaction (1: each write alone). */
    public JdbcRepositoryConfig withMaxWritesPerCommit(int writes) {
        return new JdbcRepositoryConfig(tablePrefix, createSchema, dialect, archiveFinished, maxPayloadBytes, maxTryResultBytes, writes);
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
