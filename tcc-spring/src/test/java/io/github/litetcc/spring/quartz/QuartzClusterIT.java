package io.github.litetcc.spring.quartz;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two nodes sharing Quartz's tables on a real database, clustered: each recovery pass fires on one node only. */
class QuartzClusterIT {
    private final Map<Date, List<String>> firesByScheduledTime = new ConcurrentHashMap<>();
    private final List<TccJobScheduler> nodes = new ArrayList<>();
    private final List<LiteTcc> engines = new ArrayList<>();
    private String database;
    private String schedulerName;

    @AfterEach
    void stopNodesAndRemoveTheirRows() throws SchedulerException, SQLException {
        if (!nodes.isEmpty()) {
            nodes.get(0).scheduler().orElseThrow().clear();
        }
        nodes.forEach(TccJobScheduler::stop);
        engines.forEach(LiteTcc::close);
        QuartzSettings.JdbcJobStore store = jobStore(database);
        try (Connection connection = DriverManager.getConnection(store.url(), store.username(), store.password())) {
            for (String table : List.of("QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE SCHED_NAME = ?")) {
                    delete.setString(1, schedulerName);
                    delete.executeUpdate();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MariaDB", "PostgreSQL"})
    void twoClusteredSchedulersFireEachPassOnce(String database) {
        this.database = database;
        this.schedulerName = "LiteTccIT-" + UUID.randomUUID().toString().substring(0, 8);
        nodes.add(startNode(database, schedulerName, "node-a"));
        nodes.add(startNode(database, schedulerName, "node-b"));

        await().atMost(Duration.ofSeconds(60)).until(() -> firesByScheduledTime.size() >= 6);

        assertThat(firesByScheduledTime).allSatisfy((scheduledAt, firedBy) -> assertThat(firedBy).hasSize(1));
    }

    private TccJobScheduler startNode(String database, String schedulerName, String nodeId) {
        LiteTcc tcc = LiteTcc.builder().repository(new InMemoryTransactionRepository()).serializer(new KryoSerializer()).build();
        engines.add(tcc);
        QuartzSettings settings = new QuartzSettings(schedulerName, nodeId, 2, jobStore(database));
        TccJob recovery = new TccJob("recovery", RecoveryJob.class, RecoveryJob.CONTEXT_KEY, tcc.recovery(),
                new JobSchedule(Duration.ofSeconds(1), null));
        TccJobScheduler node = new TccJobScheduler(() -> withFireRecorder(OwnScheduler.create(settings), nodeId), true, List.of(recovery));
        node.start();
        return node;
    }

    private static QuartzSettings.JdbcJobStore jobStore(String database) {
        return database.equals("MariaDB")
                ? new QuartzSettings.JdbcJobStore(TestDatabases.MARIADB_URL, TestDatabases.MARIADB_USER, TestDatabases.MARIADB_PASSWORD,
                "QRTZ_", true, Duration.ofSeconds(1), true)
                : new QuartzSettings.JdbcJobStore(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER,
                TestDatabases.POSTGRES_PASSWORD, "QRTZ_", true, Duration.ofSeconds(1), true);
    }

    private Scheduler withFireRecorder(Scheduler scheduler, String nodeId) {
        try {
            scheduler.getListenerManager().addJobListener(new FireRecorder(nodeId), GroupMatcher.jobGroupEquals(TccJob.GROUP));
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes which node ran the pass scheduled for each fire time. */
    private final class FireRecorder implements JobListener {
        private final String nodeId;

        FireRecorder(String nodeId) {
            this.nodeId = nodeId;
        }

        @Override
        public String getName() {
            return "fire-recorder-" + nodeId;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            firesByScheduledTime.computeIfAbsent(context.getScheduledFireTime(), time -> new CopyOnWriteArrayList<>()).add(nodeId);
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        }
    }
}
