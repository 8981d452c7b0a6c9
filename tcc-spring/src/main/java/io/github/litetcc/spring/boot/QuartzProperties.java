package io.github.litetcc.spring.boot;

import io.github.litetcc.spring.quartz.QuartzSettings;

import java.time.Duration;

/**
 * The Quartz scheduler that runs recovery and fence clean-up ({@code tcc.quartz.*}).
 *
 * @param useApplicationScheduler Whether to schedule on the application's own Quartz Scheduler bean when there is one.
 * @param schedulerName           The name of LiteTCC's own scheduler; the nodes of one cluster share it.
 * @param threadCount             Worker threads of LiteTCC's own scheduler.
 * @param jobStore                Memory (each node runs every pass; safe, as each record is claimed) or jdbc.
 * @param jdbc                    The JDBC job store.
 */
public record QuartzProperties(Boolean useApplicationScheduler, String schedulerName, Integer threadCount, JobStoreType jobStore,
                               @org.springframework.boot.context.properties.NestedConfigurationProperty Jdbc jdbc) {
    /** LiteTCC's own scheduler's name when none is set. */
    public static final String DEFAULT_SCHEDULER_NAME = "LiteTccScheduler";
    static final QuartzProperties NONE = new QuartzProperties(null, null, null, null, null);

    /** Where Quartz keeps its jobs and triggers. */
    public enum JobStoreType {
        /** In memory, per node. */
        MEMORY,
        /** In database tables, shared by the nodes (clustered by {@code tcc.quartz.jdbc.clustered}). */
        JDBC
    }

    public boolean usesApplicationScheduler() {
        return !Boolean.FALSE.equals(useApplicationScheduler);
    }

    QuartzSettings toSettings(String nodeId) {
        boolean jdbcStore = jobStore == JobStoreType.JDBC;
        return new QuartzSettings(schedulerName != null ? schedulerName : DEFAULT_SCHEDULER_NAME, nodeId,
                threadCount != null ? threadCount : 2, jdbcStore ? (jdbc != null ? jdbc : Jdbc.NONE).toJobStore() : null);
    }

    /**
     * The JDBC job store ({@code tcc.quartz.jdbc.*}), on its own HikariCP pool.
     *
     * @param url                    The JDBC URL (H2, MySQL/MariaDB or PostgreSQL).
     * @param username               The database user.
     * @param password               The database password.
     * @param tablePrefix            The prefix of Quartz's tables.
     * @param clustered              Whether the nodes sharing the tables fire each pass on one node only.
     * @param clusterCheckinInterval How often a clustered node checks in (1s to 10m).
     * @param initializeSchema       Whether to create Quartz's tables (from the Quartz jar's script) when they are missing.
     */
    public record Jdbc(String url, String username, String password, String tablePrefix, Boolean clustered,
                       Duration clusterCheckinInterval, Boolean initializeSchema) {
        static final Jdbc NONE = new Jdbc(null, null, null, null, null, null, null);

        QuartzSettings.JdbcJobStore toJobStore() {
            return new QuartzSettings.JdbcJobStore(url, username, password, tablePrefix != null ? tablePrefix : "QRTZ_",
                    !Boolean.FALSE.equals(clustered), clusterCheckinInterval != null ? clusterCheckinInterval
                    : QuartzSettings.JdbcJobStore.DEFAULT_CLUSTER_CHECKIN_INTERVAL,
                    Boolean.TRUE.equals(initializeSchema));
        }
    }
}
