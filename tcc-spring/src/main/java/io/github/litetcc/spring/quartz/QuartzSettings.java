package io.github.litetcc.spring.quartz;

import io.github.litetcc.TccConfigurationException;

import java.time.Duration;
import java.util.Objects;

/**
 * LiteTCC's own Quartz scheduler.
 *
 * @param schedulerName the scheduler's name; nodes of one cluster share it (and the rows of the JDBC job store)
 * @param instanceId    this node's name among them (LiteTCC's node id)
 * @param threadCount   worker threads: recovery and fence clean-up each need one
 * @param jdbc          the JDBC job store, or {@code null} for the in-memory one
 */
public record QuartzSettings(String schedulerName, String instanceId, int threadCount, JdbcJobStore jdbc) {

    public QuartzSettings {
        Objects.requireNonNull(schedulerName, "schedulerName");
        Objects.requireNonNull(instanceId, "instanceId");
        if (threadCount < 1) {
            throw new TccConfigurationException("Setting tcc.quartz.thread-count must be at least 1, was " + threadCount);
        }
    }

    /**
     * The JDBC job store ({@code JobStoreTX}) with its own HikariCP pool.
     *
     * @param url                    the JDBC URL (H2, MySQL/MariaDB or PostgreSQL)
     * @param username               the user, or {@code null}
     * @param password               the password, or {@code null}
     * @param tablePrefix            the prefix of Quartz's tables
     * @param clustered              whether nodes sharing the tables fire each pass on one node only
     * @param clusterCheckinInterval how often a clustered node checks in (and detects failed nodes)
     * @param initializeSchema       whether to create Quartz's tables, from the script in the Quartz jar, when missing
     */
    public record JdbcJobStore(String url, String username, String password, String tablePrefix, boolean clustered,
                               Duration clusterCheckinInterval, boolean initializeSchema) {
        /** How often a clustered node checks in when nothing is set (Quartz's own default). */
        public static final Duration DEFAULT_CLUSTER_CHECKIN_INTERVAL = Duration.ofMillis(7500);
        /** The shortest check-in interval accepted: shorter ones load the database for no gain. */
        public static final Duration MIN_CLUSTER_CHECKIN_INTERVAL = Duration.ofSeconds(1);
        /** The longest check-in interval accepted: a failed node's jobs wait this long to be taken over. */
        public static final Duration MAX_CLUSTER_CHECKIN_INTERVAL = Duration.ofMinutes(10);

        public JdbcJobStore {
            if (url == null || url.isBlank()) {
                throw new TccConfigurationException("Setting tcc.quartz.jdbc.url is required when tcc.quartz.job-store=jdbc");
            }
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            Objects.requireNonNull(clusterCheckinInterval, "clusterCheckinInterval");
            if (clusterCheckinInterval.compareTo(MIN_CLUSTER_CHECKIN_INTERVAL) < 0
                    || clusterCheckinInterval.compareTo(MAX_CLUSTER_CHECKIN_INTERVAL) > 0) {
                throw new TccConfigurationException("Setting tcc.quartz.jdbc.cluster-checkin-interval must be between "
                        + MIN_CLUSTER_CHECKIN_INTERVAL.toSeconds() + "s and " + MAX_CLUSTER_CHECKIN_INTERVAL.toMinutes() + "m, was "
                        + clusterCheckinInterval.toMillis() + "ms");
            }
        }
    }
}
