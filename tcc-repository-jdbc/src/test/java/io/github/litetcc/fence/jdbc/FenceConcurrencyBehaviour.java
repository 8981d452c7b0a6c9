package io.github.litetcc.fence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.litetcc.TransientTccException;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many threads fire random interleavings and duplicates of try, confirm and cancel at a few branches of a real
 * server, each phase's business work being slow (a pause in the database) and leaving its effect in a counter
 * table on the fenced connection. Then: each body's effect committed at most once, never both confirm and cancel,
 * no try or confirm took effect after a cancel, every body ran at READ COMMITTED, the final fence row matches the
 * effects, and the only failures were transient.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FenceConcurrencyBehaviour {
    private static final int THREADS = 16;
    private static final int BRANCHES = 6;
    private static final int SHOTS_PER_THREAD = 40;
    private static final int MAX_PAUSE_MILLIS = 8;

    private final String prefix = TestDatabase.uniquePrefix();
    private final long seed = System.nanoTime();
    private final AtomicLong ticks = new AtomicLong();
    private HikariDataSource dataSource;
    private JdbcFence fence;

    abstract TestDatabase database();

    /** A statement that makes the business work last about {@code millis} ms, inside its transaction. */
    abstract String pause(int millis);

    /** Settings of the participant's pool (its default isolation level, say). */
    abstract Consumer<HikariConfig> pool();

    /** One call: what was fired, what came back (or which failure) and when it started and ended. */
    private record Shot(FenceRequest request, FenceOutcome outcome, byte[] tryResult, Exception failure, long start, long end) {
        boolean tookEffect() {
            return outcome != null && outcome.isDone();
        }
    }

    @BeforeAll
    void start() throws SQLException {
        dataSource = database().open(pool().andThen(config -> config.setMaximumPoolSize(THREADS + 4)));
        fence = new JdbcFence(dataSource, JdbcRepositoryConfig.DEFAULT.withTablePrefix(prefix).withCreateSchema(true));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + prefix + "counter (xid CHAR(32) NOT NULL, phase SMALLINT NOT NULL, "
                    + "runs INT NOT NULL, isolation INT NOT NULL, PRIMARY KEY (xid, phase))");
        }
    }

    @AfterAll
    void stop() {
        if (dataSource != null) {
            TestDatabase.dropTables(dataSource, prefix);
            dataSource.close();
        }
    }

    @Test
    void racingPhasesWithSlowBusinessWorkKeepEveryFencePromise() throws SQLException {
        List<FenceRequest> branches = IntStream.range(0, BRANCHES).mapToObj(i -> new FenceRequest(Xid.generate(Instant.now()),
                BranchId.parse("1"), Phase.TRY, Instant.now().plus(Duration.ofHours(1)))).toList();
        prepareCounters(branches);

        List<Shot> shots = fire(branches);

        assertThat(shots).as("failures (seed %d)", seed).extracting(Shot::failure).filteredOn(failure -> failure != null)
                .allMatch(TransientTccException.class::isInstance);
        SoftAssertions softly = new SoftAssertions();
        for (FenceRequest branch : branches) {
            check(softly, branch, shots.stream().filter(shot -> shot.request().xid().equals(branch.xid())).toList());
        }
        softly.assertAll();
    }

    private List<Shot> fire(List<FenceRequest> branches) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Shot>>> runners = IntStream.range(0, THREADS).mapToObj(runner -> pool.submit(() -> {
                go.await();
                return fireShots(branches, new Random(seed + runner));
            })).toList();
            go.countDown();
            await("all runners finished").atMost(Duration.ofSeconds(90)).until(() -> runners.stream().allMatch(Future::isDone));
            List<Shot> shots = new ArrayList<>();
            for (Future<List<Shot>> runner : runners) {
                shots.addAll(resultOf(runner));
            }
            return shots;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Shot> fireShots(List<FenceRequest> branches, Random random) {
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < SHOTS_PER_THREAD; i++) {
            FenceRequest branch = branches.get(random.nextInt(branches.size()));
            FenceRequest request = new FenceRequest(branch.xid(), branch.branch(), Phase.values()[random.nextInt(3)], branch.deadline());
            int pauseMillis = random.nextInt(MAX_PAUSE_MILLIS + 1);
            long start = ticks.incrementAndGet();
            try {
                FenceResult result = fence.execute(request, () -> businessWork(request, pauseMillis));
                shots.add(new Shot(request, result.outcome(), result.tryResult(), null, start, ticks.incrementAndGet()));
            } catch (Exception e) {
                shots.add(new Shot(request, null, null, e, start, ticks.incrementAndGet()));
            }
        }
        return shots;
    }

    /** The phase's business effect, on the fenced connection: one more run in the counter, then slow work. */
    private byte[] businessWork(FenceRequest request, int pauseMillis) throws SQLException {
        Connection connection = FencedConnection.current();
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE " + prefix + "counter SET runs = runs + 1, isolation = ? WHERE xid = ? AND phase = ?")) {
            statement.setInt(1, connection.getTransactionIsolation());
            statement.setString(2, request.xid().toString());
            statement.setInt(3, request.phase().code());
            statement.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(pause(pauseMillis));
        }
        return request.phase() == Phase.TRY ? expectedTryResult(request) : null;
    }

    private void check(SoftAssertions softly, FenceRequest branch, List<Shot> shots) throws SQLException {
        String what = "branch of xid " + branch.xid() + " (seed " + seed + ")";
        int tries = runs(branch, Phase.TRY);
        int confirms = runs(branch, Phase.CONFIRM);
        int cancels = runs(branch, Phase.CANCEL);
        softly.assertThat(List.of(tries, confirms, cancels)).as("committed effects (try, confirm, cancel) of %s", what)
                .allMatch(runs -> runs <= 1);
        softly.assertThat(confirms + cancels).as("confirm and cancel effects of %s", what).isLessThanOrEqualTo(1);
        for (Phase phase : Phase.values()) {
            softly.assertThat(count(shots, phase, FenceOutcome.APPLIED)).as("%s applied for %s", phase, what).isEqualTo(runs(branch, phase));
        }
        softly.assertThat(isolationsSeen(branch)).as("isolation levels the bodies of %s ran at", what)
                .allMatch(level -> level == Connection.TRANSACTION_READ_COMMITTED);
        softly.assertThat(shots).as("tries of %s that took effect", what)
                .filteredOn(shot -> shot.request().phase() == Phase.TRY && shot.tookEffect())
                .allSatisfy(shot -> assertThat(shot.tryResult()).isEqualTo(expectedTryResult(branch)));
        long firstCancel = firstEnd(shots, Phase.CANCEL);
        softly.assertThat(shots).as("tries and confirms of %s that took effect after a cancel", what)
                .filteredOn(shot -> shot.request().phase() != Phase.CANCEL && shot.start() > firstCancel && shot.tookEffect()).isEmpty();
        long firstConfirm = firstEnd(shots, Phase.CONFIRM);
        softly.assertThat(shots).as("cancels of %s that took effect after a confirm", what)
                .filteredOn(shot -> shot.request().phase() == Phase.CANCEL && shot.start() > firstConfirm && shot.tookEffect()).isEmpty();
        softly.assertThat(fence.find(branch.xid(), branch.branch()).map(FenceRecord::status)).as("final fence row of %s", what)
                .isEqualTo(expectedRow(tries, confirms, cancels, count(shots, Phase.CANCEL, FenceOutcome.EMPTY) > 0));
    }

    private static Optional<FenceStatus> expectedRow(int tries, int confirms, int cancels, boolean emptyCancel) {
        if (confirms == 1) {
            return Optional.of(FenceStatus.CONFIRMED);
        }
        if (cancels == 1) {
            return Optional.of(FenceStatus.CANCELLED);
        }
        if (emptyCancel) {
            return Optional.of(FenceStatus.CANCELLED_EMPTY);
        }
        return tries == 1 ? Optional.of(FenceStatus.TRIED) : Optional.empty();
    }

    private void prepareCounters(List<FenceRequest> branches) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + prefix + "counter (xid, phase, runs, isolation) VALUES (?, ?, 0, " + Connection.TRANSACTION_READ_COMMITTED + ")")) {
            for (FenceRequest branch : branches) {
                for (Phase phase : Phase.values()) {
                    statement.setString(1, branch.xid().toString());
                    statement.setInt(2, phase.code());
                    statement.executeUpdate();
                }
            }
        }
    }

    private int runs(FenceRequest branch, Phase phase) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT runs FROM " + prefix + "counter WHERE xid = ? AND phase = ?")) {
            statement.setString(1, branch.xid().toString());
            statement.setInt(2, phase.code());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private List<Integer> isolationsSeen(FenceRequest branch) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT isolation FROM " + prefix + "counter WHERE xid = ?")) {
            statement.setString(1, branch.xid().toString());
            List<Integer> levels = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    levels.add(rows.getInt(1));
                }
            }
            return levels;
        }
    }

    private static long firstEnd(List<Shot> shots, Phase phase) {
        return shots.stream().filter(shot -> shot.request().phase() == phase && shot.tookEffect()).mapToLong(Shot::end).min()
                .orElse(Long.MAX_VALUE);
    }

    private static long count(List<Shot> shots, Phase phase, FenceOutcome outcome) {
        return shots.stream().filter(shot -> shot.request().phase() == phase && shot.outcome() == outcome).count();
    }

    private static byte[] expectedTryResult(FenceRequest branch) {
        return ("reservation of " + branch.xid()).getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T resultOf(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("A runner failed outside a fenced phase", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while collecting the runners", e);
        }
    }
}
