package io.github.litetcc.fence.jdbc;

import io.github.litetcc.jdbc.TestDatabase;
import io.github.litetcc.jdbc.TestSchema;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.test.contract.FenceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInfo;

/** The fence contract on one database, with a fence table of its own and a try-result limit other than the default. */
abstract class JdbcFenceContract extends FenceContract {
    private static final int LIMIT = 2048;

    abstract TestDatabase database();

    @Override
    protected Fence createFence() {
        TestSchema schema = TestSchema.of(getClass(), database());
        return new JdbcFence(schema.dataSource(), schema.config().withMaxTryResultBytes(LIMIT));
    }

    @Override
    protected int maxTryResultBytes() {
        return LIMIT;
    }

    @AfterAll
    static void dropTables(TestInfo info) {
        TestSchema.dropFor(info);
    }
}
