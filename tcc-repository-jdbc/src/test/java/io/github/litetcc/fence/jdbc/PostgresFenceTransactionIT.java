package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.SingleConnectionDataSource;
import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.model.Phase;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fenced phase's own and joined transactions on PostgreSQL, whose driver answers
 * {@code getTransactionIsolation()} with a round trip ({@code SHOW TRANSACTION ISOLATION LEVEL}): the fence never
 * calls it there, its statements check the level themselves.
 */
class PostgresFenceTransactionIT extends JdbcFenceTransactionBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Test
    void neitherItsOwnNorAJoinedTransactionAsksTheDriverForTheIsolationLevel() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        FenceRequest alone = request(Phase.TRY);
        FenceRequest joined = request(Phase.TRY);
        try (Connection real = schema.dataSource().getConnection()) {
            Connection counted = countingIsolationReads(real, asked);
            JdbcFence own = new JdbcFence(new SingleConnectionDataSource(counted), schema.config());
            JdbcFence joining = new JdbcFence(schema.dataSource(), schema.config(), binding(counted, new ArrayList<>()));
            asked.set(0);

            assertThat(own.execute(alone, () -> reserve(alone, 1)).outcome()).isEqualTo(FenceOutcome.APPLIED);
            assertThat(own.execute(new FenceRequest(alone.xid(), alone.branch(), Phase.CONFIRM, alone.deadline()), () -> null)
                    .outcome()).isEqualTo(FenceOutcome.APPLIED);
            counted.setAutoCommit(false);
            assertThat(joining.execute(joined, () -> reserve(joined, 2)).outcome()).isEqualTo(FenceOutcome.APPLIED);
            counted.commit();
            counted.setAutoCommit(true);
        }
        assertThat(asked).hasValue(0);
        assertThat(amountOf(alone)).contains(1);
        assertThat(amountOf(joined)).contains(2);
    }

    /** {@code connection}, counting the calls to {@code getTransactionIsolation()} in {@code asked}. */
    private static Connection countingIsolationReads(Connection connection, AtomicInteger asked) {
        return (Connection) Proxy.newProxyInstance(PostgresFenceTransactionIT.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionIsolation")) {
                        asked.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
