package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The transaction log chosen by {@code tcc.repository.type}. The JDBC and Redis repositories are configured when
 * their modules are on the class path; the fallback, imported last, provides the in-memory log (with a warning: it
 * is not durable) or fails start-up when the chosen type's module is missing.
 */
final class TccRepositoryConfigurations {

    private TccRepositoryConfigurations() {
    }

    /** The in-memory log when chosen (or nothing was); a clear failure when the chosen repository is unavailable. */
    @Configuration(proxyBeanMethods = false)
    static class Fallback {
        private static final Logger LOG = LoggerFactory.getLogger(Fallback.class);

        @Bean
        @ConditionalOnMissingBean
        TransactionRepository tccRepository(TccProperties properties) {
            RepositoryType type = properties.repository().typeOrDefault();
            if (type != RepositoryType.MEMORY) {
                String module = type == RepositoryType.JDBC ? "tcc-repository-jdbc and spring-jdbc" : "tcc-repository-redis";
                throw new TccConfigurationException("Setting tcc.repository.type=" + type.name().toLowerCase()
                        + " needs " + module + " on the class path");
            }
            LOG.warn("LiteTCC keeps its transaction log in memory (tcc.repository.type=memory): it is NOT durable, a crash or"
                    + " restart loses every unfinished transaction. Use tcc.repository.type=jdbc or redis in production");
            return new InMemoryTransactionRepository(Clock.systemUTC(), properties.repository().archivesFinished());
        }
    }
}
