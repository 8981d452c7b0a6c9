package io.github.litetcc.spring.boot;

import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.repository.redis.RedisTransactionRepository;
import io.github.litetcc.spi.TransactionRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The transaction log on Redis ({@code tcc.repository.type=redis}), when {@code tcc-repository-redis} is on the class
 * path: one {@link RedisConnection} (to a server, through Sentinel, or to a cluster), closed with the context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.github.litetcc.repository.redis.RedisTransactionRepository")
@ConditionalOnProperty(prefix = "tcc.repository", name = "type", havingValue = "redis")
class TccRedisRepositoryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisConnection tccRedisConnection(TccProperties properties) {
        RedisRepositoryProperties redis = properties.repository().redis();
        return redis.isCluster() ? RedisConnection.openCluster(redis.clusterNodes()) : RedisConnection.open(redis.uri());
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionRepository tccRepository(TccProperties properties, RedisConnection connection) {
        return new RedisTransactionRepository(connection,
                properties.repository().redis().toConfig(properties.repository().archivesFinished()));
    }
}
