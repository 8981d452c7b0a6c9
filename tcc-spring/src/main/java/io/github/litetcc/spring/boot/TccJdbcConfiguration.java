package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.spring.fence.DataSourceFenceFactory;
import io.github.litetcc.spring.fence.SpringConnectionBinding;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * LiteTCC on JDBC, when {@code tcc-repository-jdbc} and Spring JDBC are on the class path: the fence of each
 * participant in its own data source, joining the Spring transaction of the fenced phase, and, with
 * {@code tcc.repository.type=jdbc}, the transaction log on {@code tcc.jdbc.data-source} (or the only or primary
 * {@code DataSource}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {"io.github.litetcc.repository.jdbc.JdbcTransactionRepository",
        "org.springframework.jdbc.datasource.DataSourceUtils"})
class TccJdbcConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DataSourceFenceFactory tccJdbcFenceFactory(TccProperties properties) {
        SpringConnectionBinding binding = new SpringConnectionBinding();
        return (name, dataSource) -> new JdbcFence(dataSource,
                properties.jdbc().toConfig(properties.repository().archivesFinished()), binding);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "tcc.repository", name = "type", havingValue = "jdbc")
    TransactionRepository tccRepository(TccProperties properties, ListableBeanFactory beans, ObjectProvider<DataSource> dataSources) {
        JdbcProperties jdbc = properties.jdbc();
        DataSource dataSource = jdbc.dataSource() != null ? named(beans, jdbc.dataSource()) : dataSources.getIfUnique();
        if (dataSource == null) {
            throw new TccConfigurationException("Setting tcc.repository.type=jdbc needs a DataSource: define one, or name one"
                    + " of several with tcc.jdbc.data-source");
        }
        return new JdbcTransactionRepository(dataSource, jdbc.toConfig(properties.repository().archivesFinished()));
    }

    private static DataSource named(ListableBeanFactory beans, String name) {
        if (!beans.containsBean(name) || !beans.isTypeMatch(name, DataSource.class)) {
            throw new TccConfigurationException("Setting tcc.jdbc.data-source=" + name + " names no DataSource bean");
        }
        return beans.getBean(name, DataSource.class);
    }
}
