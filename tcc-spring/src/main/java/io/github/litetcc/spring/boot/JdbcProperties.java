package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;

/**
 * The JDBC log and the JDBC fences ({@code tcc.jdbc.*}); unset values keep {@code JdbcRepositoryConfig.DEFAULT}.
 *
 * @param dataSource        The DataSource bean holding the log when the repository type is jdbc; the only (or primary) one when unset.
 * @param tablePrefix       Prefix of the log's and the fences' tables.
 * @param createSchema      Whether missing tables are created at start-up; when off they are only checked.
 * @param dialect           The SQL dialect (h2, mysql, mariadb, postgresql); detected when unset.
 * @param maxPayloadBytes   Largest serialized try arguments, and try context, of one branch.
 * @param maxTryResultBytes Largest try result a fence stores.
 * @param maxWritesPerCommit Most concurrent log writes sent together in one transaction (group commit, MySQL/MariaDB
 *                          with allowMultiQueries=true); 1 sends each alone.
 */
public record JdbcProperties(String dataSource, String tablePrefix, Boolean createSchema, String dialect, Integer maxPayloadBytes,
                             Integer maxTryResultBytes, Integer maxWritesPerCommit) {
    static final JdbcProperties NONE = new JdbcProperties(null, null, null, null, null, null, null);

    /** The JDBC configuration, failing with a message naming the property. */
    JdbcRepositoryConfig toConfig(boolean archiveFinished) {
        try {
            JdbcRepositoryConfig config = JdbcRepositoryConfig.DEFAULT.withArchiveFinished(archiveFinished);
            config = Overrides.apply(config, tablePrefix, JdbcRepositoryConfig::withTablePrefix);
            config = Overrides.apply(config, createSchema, JdbcRepositoryConfig::withCreateSchema);
            config = Overrides.apply(config, dialect, JdbcRepositoryConfig::withDialect);
            config = Overrides.apply(config, maxPayloadBytes, JdbcRepositoryConfig::withMaxPayloadBytes);
            config = Overrides.apply(config, maxTryResultBytes, JdbcRepositoryConfig::withMaxTryResultBytes);
            return Overrides.apply(config, maxWritesPerCommit, JdbcRepositoryConfig::withMaxWritesPerCommit);
        } catch (TccConfigurationException e) {
            throw new TccConfigurationException("Invalid setting under tcc.jdbc: " + e.getMessage(), e);
        }
    }
}
