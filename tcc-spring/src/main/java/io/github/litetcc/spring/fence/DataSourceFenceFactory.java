package io.github.litetcc.spring.fence;

import io.github.litetcc.spi.Fence;

import javax.sql.DataSource;

/**
 * Creates the fence that lives in a data source, for {@link DataSourceFenceResolver}. The fence must take its
 * connection from the Spring transaction bound to that data source ({@code DataSourceUtils.getConnection}), so that
 * its row commits with the business change; {@link TransactionalFence} opens that transaction.
 */
@FunctionalInterface
public interface DataSourceFenceFactory {

    /** The fence in {@code dataSource}, the bean named {@code dataSourceName}. */
    Fence create(String dataSourceName, DataSource dataSource);
}
