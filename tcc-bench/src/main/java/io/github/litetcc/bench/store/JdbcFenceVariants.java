package io.github.litetcc.bench.store;

import io.github.litetcc.fence.jdbc.FencedConnection;
import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/**
 * The business change on a database, three ways: in a plain local transaction (autocommit off, the UPDATE,
 * commit, autocommit back on — what a transaction manager does); guarded by a {@link JdbcFence} that opens its
 * own transaction; and guarded by a {@link JdbcFence} that joins the business transaction the caller opened.
 */
final class JdbcFenceVariants {
    private final DataSource dataSource;
    private final AccountTable accounts;
    private final JdbcFence ownTransaction;
    private final JdbcFence joining;
    private final JoinedTransaction joined = new JoinedTransaction();

    JdbcFenceVariants(DataSource dataSource, JdbcFlavour flavour, JdbcRepositoryConfig config, String accountTable) {
        this.dataSource = dataSource;
        try {
            this.accounts = new AccountTable(dataSource, flavour, accountTable, FenceCost.ITEMS);
        } catch (SQLException e) {
            throw new IllegalStateException("Creating " + accountTable + " failed: " + e.getMessage(), e);
        }
        this.ownTransaction = new JdbcFence(dataSource, config);
        this.joining = new JdbcFence(dataSource, config, joined);
    }

    FenceVariant plain() {
        return variant("local transaction", (xid, phase, item) -> inTransaction(connection -> change(connection, phase, item)));
    }

    List<FenceVariant> fenced() {
        return List.of(
                variant("JdbcFence, own transaction", (xid, phase, item) ->
                        FenceRequests.requireApplied(fenced(ownTransaction, xid, phase, item))),
                variant("JdbcFence, joined transaction", (xid, phase, item) -> inTransaction(connection ->
                        joined.within(connection, () -> FenceRequests.requireApplied(fenced(joining, xid, phase, item))))));
    }

    private FenceResult fenced(JdbcFence fence, Xid xid, Phase phase, int item) throws Exception {
        return fence.execute(FenceRequests.request(xid, phase), () -> {
            change(FencedConnection.current(), phase, item);
            return null;
        });
    }

    private void change(Connection connection, Phase phase, int item) throws SQLException {
        if (phase == Phase.TRY) {
            accounts.tryChange(connection, item);
        } else {
            accounts.confirmChange(connection, item);
        }
    }

    private void inTransaction(ConnectionWork work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static FenceVariant variant(String label, PhaseWork work) {
        return new FenceVariant() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void tryPhase(Xid xid, int item) throws Exception {
                work.run(xid, Phase.TRY, item);
            }

            @Override
            public void confirmPhase(Xid xid, int item) throws Exception {
                work.run(xid, Phase.CONFIRM, item);
            }
        };
    }

    @FunctionalInterface
    private interface PhaseWork {
        void run(Xid xid, Phase phase, int item) throws Exception;
    }

    @FunctionalInterface
    private interface ConnectionWork {
        void run(Connection connection) throws Exception;
    }
}
