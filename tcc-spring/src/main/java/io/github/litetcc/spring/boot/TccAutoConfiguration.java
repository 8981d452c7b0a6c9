package io.github.litetcc.spring.boot;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.coordinator.TccCoordinator;
import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.spi.BranchInvoker;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.ParticipantDirectory;
import io.github.litetcc.spring.ParticipantRegistration;
import io.github.litetcc.spring.TccAspect;
import io.github.litetcc.spring.TccBeanRegistrar;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.context.annotation.Import;

import java.util.List;

/**
 * Auto-configures LiteTCC: the configuration from {@code tcc.*}, the serializer, the repository (see
 * {@link TccRepositoryConfigurations}), {@link LiteTcc} with every {@link TransactionListener} and {@link BranchInvoker}
 * bean, the {@code @Tcc} aspect and the registrar that fills the participant registry at start-up, the fences
 * ({@link TccFenceConfigurations}) and the Quartz jobs ({@link TccQuartzConfiguration}). Every bean backs off when the
 * application defines its own. Closing the context shuts LiteTCC down gracefully.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration"})
@ConditionalOnProperty(prefix = "tcc", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(TccProperties.class)
@EnableAspectJAutoProxy
@Import({TccJdbcConfiguration.class, TccRedisRepositoryConfiguration.class, TccRepositoryConfigurations.Fallback.class,
        TccFenceConfigurations.DataSourceFences.class, TccFenceConfigurations.NoFences.class, TccQuartzConfiguration.class})
public class TccAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TccConfig tccConfig(TccProperties properties) {
        return properties.toConfig();
    }

    @Bean
    @ConditionalOnMissingBean
    public Serializer tccSerializer(TccProperties properties, BeanFactory beanFactory) {
        List<String> applicationPackages = AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory) : List.of();
        return new KryoSerializer(properties.serializer().toConfig(applicationPackages));
    }

    @Bean
    @ConditionalOnMissingBean
    public ParticipantRegistry tccParticipantRegistry() {
        return new ParticipantRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    public LiteTcc liteTcc(TccConfig config, TransactionRepository repository, Serializer serializer,
                           ParticipantRegistry registry, ObjectProvider<TransactionListener> listeners,
                           ObjectProvider<BranchInvoker> invokers) {
        LiteTcc.Builder builder = LiteTcc.builder().config(config).repository(repository).serializer(serializer).registry(registry);
        listeners.orderedStream().forEach(builder::listener);
        invokers.orderedStream().forEach(builder::invoker);
        return builder.build();
    }

    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public TccCoordinator tccCoordinator(LiteTcc tcc) {
        return tcc.coordinator();
    }

    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public TransactionRecovery tccRecovery(LiteTcc tcc) {
        return tcc.recovery();
    }

    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public TransactionOperations tccOperations(LiteTcc tcc) {
        return tcc.operations();
    }

    @Bean
    @ConditionalOnMissingBean
    public ParticipantDirectory tccParticipantDirectory() {
        return new ParticipantDirectory();
    }

    @Bean
    @ConditionalOnMissingBean
    public TccAspect tccAspect(ObjectProvider<TccCoordinator> coordinator, ParticipantDirectory directory, TccProperties properties) {
        Integer order = properties.aspect().order();
        return new TccAspect(coordinator::getObject, directory, order != null ? order : TccAspect.DEFAULT_ORDER);
    }

    @Bean
    @ConditionalOnMissingBean
    public ParticipantRegistration tccParticipantRegistration(ParticipantRegistry registry, ParticipantDirectory directory,
                                                              FenceResolver fences) {
        return new ParticipantRegistration(registry, directory, fences);
    }

    @Bean
    @ConditionalOnMissingBean
    public static TccBeanRegistrar tccBeanRegistrar(ObjectProvider<ParticipantRegistration> registration) {
        return new TccBeanRegistrar(registration);
    }

    @Bean
    @ConditionalOnMissingBean
    public FenceHousekeeping tccFenceHousekeeping(FenceResolver fences, TccConfig config) {
        return new FenceHousekeeping(fences, config.fence());
    }
}
