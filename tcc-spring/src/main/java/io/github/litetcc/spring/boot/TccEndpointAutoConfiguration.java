package io.github.litetcc.spring.boot;

import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spring.actuate.TccEndpoint;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The Actuator endpoint {@code tcc}, when Actuator is present and the endpoint is available (enabled and exposed). */
@AutoConfiguration(after = TccAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(TransactionOperations.class)
@ConditionalOnAvailableEndpoint(endpoint = TccEndpoint.class)
public class TccEndpointAutoConfiguration {
    /** Most transactions (and fence orphans per data source) one listing shows. */
    static final int LIST_LIMIT = 100;

    @Bean
    @ConditionalOnMissingBean
    public TccEndpoint tccEndpoint(TransactionOperations operations, ObjectProvider<FenceHousekeeping> housekeeping) {
        return new TccEndpoint(operations, housekeeping.getIfAvailable(), LIST_LIMIT);
    }
}
