package io.github.litetcc.fence.jdbc;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.jdbc.SingleConnectionDataSource;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.jdbc.TestSchema;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local transaction of a fenced phase: the body's business SQL on {@link FencedConnection#current()} commits or
 * rolls back with the fence row, the body cannot end that transaction itself, the connection gets its settings
 * back, and with a {@link FenceConnectionBinding} the fence joins the caller's transaction instead of opening one.
 * Run on every database: the joined mode's checks differ per driver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcFenceTransactionBehaviour {
    TestSchema schema;
    JdbcFence fence;

    abstract TestDatabase database();

    @BeforeAll
    void start() throws SQLException {
        schema = TestSchema.of(getClass(), database());
        fence = new JdbcFence(schema.dataSource(), schema.config());
        execute("CREATE TABLE " + schema.prefix() + "counter (xid CHAR(32) PRIMARY KEY, amount INT NOT NULL)");
    }

    @AfterAll
    static void dropTables(TestInfo info) {
        TestSchema.dropFor(info);
    }

    @Test
    void theBodysSqlCommitsWithTheFenceRow() throws Exception {
        FenceRequest request = request(Phase.TRY);

        assertThat(fence.execute(request, () -> reserve(request, 5)).outcome()).isEqualTo(FenceOutcome.APPLIED);

        assertThat(amountOf(request)).contains(5);
        assertThat(fence.find(request.xid(), request.branch()).orElseThrow().status()).isEqualTo(FenceStatus.TRIED);
    }

    @Test
    void aFailingBodyRollsBackItsSqlWithTheFenceRow() {
        FenceRequest request = request(Phase.TRY);
        IllegalStateException failure = new IllegalStateException("out of stock");

        assertThatThrownBy(() -> fence.execute(request, () -> {
            reserve(request, 5);
            throw failure;
        })).isSameAs(failure);

        assertThat(amountOf(request)).isEmpty();
        assertThat(fence.find(request.xid(), request.branch())).isEmpty();
    }

    @Test
    void theBodyRunsAtReadCommittedWithoutAutocommit() throws Exception {
        List<Object> seen = new ArrayList<>();

        fence.execute(request(Phase.TRY), () -> {
            seen.add(FencedConnection.current().getTransactionIsolation());
            seen.add(FencedConnection.current().getAutoCommit());
            return null;
        });

        assertThat(seen).containsExactly(Connection.TRANSACTION_READ_COMMITTED, false);
    }

    @Test
    void theBodyCannotCommitOrRollBackTheFencesTransactionAndClosingItDoesNothing() {
        FenceRequest request = request(Phase.TRY);

        assertThatThrownBy(() -> fence.execute(request, () -> {
            reserve(request, 1);
            FencedConnection.current().close();
            FencedConnection.current().commit();
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("commit");
        assertThatThrownBy(() -> fence.execute(request, () -> {
            FencedConnection.current().setAutoCommit(true);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("setAutoCommit");

        assertThat(amountOf(request)).isEmpty();
        assertThat(fence.find(request.xid(), request.branch())).isEmpty();
    }

    @Test
    void theConnectionOfAFencedPhaseExistsOnlyWhileItsBodyRuns() throws Exception {
        assertThat(FencedConnection.find()).isEmpty();
        assertThatThrownBy(FencedConnection::current).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JdbcFence.execute");

        fence.execute(request(Phase.TRY), () -> {
            Connection outer = FencedConnection.current();
            fence.execute(request(Phase.TRY), () -> {
                assertThat(FencedConnection.current()).isNotSameAs(outer);
                return null;
            });
            assertThat(FencedConnection.current()).isSameAs(outer);
            return null;
        });

        assertThat(FencedConnection.find()).isEmpty();
    }

    @Test
    void theConnectionGetsItsOwnSettingsBackAfterThePhase() throws Exception {
        try (Connection connection = schema.dataSource().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            JdbcFence onOneConnection = new JdbcFence(new SingleConnectionDataSource(connection), schema.config());
            FenceRequest request = request(Phase.TRY);
            List<Integer> seen = new ArrayList<>();

            onOneConnection.execute(request, () -> {
                seen.add(FencedConnection.current().getTransactionIsolation());
                return reserve(request, 2);
            });

            assertThat(seen).containsExactly(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(amountOf(request)).contains(2);
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aJoinedTransactionIsCommittedOrRolledBackByItsOwnerOnly() throws Exception {
        FenceRequest kept = request(Phase.TRY);
        FenceRequest dropped = request(Phase.TRY);
        try (Connection owned = schema.dataSource().getConnection()) {
            owned.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            owned.setAutoCommit(false);
            List<Connection> released = new ArrayList<>();
            JdbcFence joining = new JdbcFence(schema.dataSource(), schema.config(), binding(owned, released));

            joining.execute(kept, () -> reserve(kept, 3));
            owned.commit();
            joining.execute(dropped, () -> reserve(dropped, 4));
            owned.rollback();

            assertThat(released).hasSize(2);
        }
        assertThat(amountOf(kept)).contains(3);
        assertThat(fence.find(kept.xid(), kept.branch())).isPresent();
        assertThat(amountOf(dropped)).isEmpty();
        assertThat(fence.find(dropped.xid(), dropped.branch())).isEmpty();
    }

    @Test
    void aJoinedTransactionAtAnotherIsolationLevelIsRefused() throws Exception {
        FenceRequest request = request(Phase.TRY);
        try (Connection owned = schema.dataSource().getConnection()) {
            owned.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            owned.setAutoCommit(false);
            JdbcFence joining = new JdbcFence(schema.dataSource(), schema.config(), binding(owned, new ArrayList<>()));

            assertThatThrownBy(() -> joining.execute(request, () -> reserve(request, 1)))
                    .isInstanceOf(TccConfigurationException.class).hasMessageContaining("READ COMMITTED");
            owned.rollback();
        }
        assertThat(fence.find(request.xid(), request.branch())).isEmpty();
    }

    static FenceConnectionBinding binding(Connection owned, List<Connection> released) {
        return new FenceConnectionBinding() {
            @Override
            public Optional<Connection> join(javax.sql.DataSource dataSource) {
                return Optional.of(owned);
            }

            @Override
            public void release(Connection connection, javax.sql.DataSource dataSource) {
                released.add(connection);
            }
        };
    }

    static FenceRequest request(Phase phase) {
        return new FenceRequest(Xid.generate(Instant.now()), BranchId.parse("1"), phase, Instant.now().plusSeconds(60));
    }

    byte[] reserve(FenceRequest request, int amount) throws SQLException {
        try (PreparedStatement statement = FencedConnection.current().prepareStatement(
                "INSERT INTO " + schema.prefix() + "counter (xid, amount) VALUES (?, ?)")) {
            statement.setString(1, request.xid().toString());
            statement.setInt(2, amount);
            statement.executeUpdate();
        }
        return null;
    }

    Optional<Integer> amountOf(FenceRequest request) {
        try (Connection connection = schema.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT amount FROM " + schema.prefix() + "counter WHERE xid = ?")) {
            statement.setString(1, request.xid().toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = schema.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
