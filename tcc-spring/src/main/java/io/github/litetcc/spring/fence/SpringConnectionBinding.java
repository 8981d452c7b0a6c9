package io.github.litetcc.spring.fence;

import io.github.litetcc.fence.jdbc.FenceConnectionBinding;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Optional;

/**
 * Lets a {@code JdbcFence} join the Spring-managed transaction bound to its data source on the calling thread (the
 * one {@link TransactionalFence} opens), so that the fence row commits with the business change made through
 * {@code JdbcTemplate}, {@code @Transactional} code or anything else that uses {@link DataSourceUtils}. Without such a
 * transaction the fence opens its own. Stateless and thread-safe.
 */
public final class SpringConnectionBinding implements FenceConnectionBinding {

    @Override
    public Optional<Connection> join(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.getResource(dataSource) == null) {
            return Optional.empty();
        }
        return Optional.of(DataSourceUtils.getConnection(dataSource));
    }

    @Override
    public void release(Connection connection, DataSource dataSource) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
