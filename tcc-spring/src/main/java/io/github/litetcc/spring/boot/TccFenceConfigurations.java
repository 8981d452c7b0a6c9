package io.github.litetcc.spring.boot;

import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.fence.DataSourceFenceFactory;
import io.github.litetcc.spring.fence.DataSourceFenceResolver;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which fence guards each participant. With fencing on ({@code tcc.fence.enabled}, the default) and a fence
 * implementation for data sources (a {@link DataSourceFenceFactory} bean), each participant is fenced in its data
 * source's local transaction; otherwise participants run unfenced, each with a start-up warning.
 */
final class TccFenceConfigurations {

    private TccFenceConfigurations() {
    }

    /** Fences in the participants' data sources. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.jdbc.datasource.DataSourceTransactionManager")
    @ConditionalOnProperty(prefix = "tcc.fence", name = "enabled", matchIfMissing = true)
    static class DataSourceFences {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(DataSourceFenceFactory.class)
        FenceResolver tccFenceResolver(ListableBeanFactory beans, TccProperties properties, DataSourceFenceFactory factory) {
            return new DataSourceFenceResolver(beans, properties.fence().dataSource(), factory);
        }
    }

    /** No fence: participants run unfenced. */
    @Configuration(proxyBeanMethods = false)
    static class NoFences {

        @Bean
        @ConditionalOnMissingBean
        FenceResolver tccFenceResolver() {
            return FenceResolver.NONE;
        }
    }
}
