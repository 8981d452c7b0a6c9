package io.github.litetcc.spring.boot;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.dubbo.DubboBranchInvoker;
import io.github.litetcc.dubbo.TccDubbo;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Plugs LiteTCC into Dubbo when {@code tcc-dubbo} is on the class path: the remote branch invoker (generic
 * phase 2, configured by {@code tcc.dubbo.*}) joins the engine's invokers, and the engine is installed into the
 * application's Dubbo model, where the consumer and provider filters (activated by Dubbo's SPI) find it. Active
 * when Dubbo's Spring integration registered the application's Dubbo model as a bean (its Boot starter does).
 */
@AutoConfiguration(after = TccAutoConfiguration.class,
        afterName = "org.apache.dubbo.spring.boot.autoconfigure.DubboAutoConfiguration")
@ConditionalOnClass({TccDubbo.class, ApplicationModel.class})
@ConditionalOnBean(ApplicationModel.class)
@ConditionalOnProperty(prefix = "tcc", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DubboProperties.class)
public class TccDubboAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DubboBranchInvoker tccDubboBranchInvoker(ApplicationModel application, DubboProperties properties) {
        return new DubboBranchInvoker(application, properties.toConfig());
    }

    @Bean
    @ConditionalOnMissingBean
    public TccDubbo tccDubbo(ApplicationModel application, LiteTcc liteTcc) {
        return TccDubbo.install(application, liteTcc);
    }
}
