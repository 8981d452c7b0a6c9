package io.github.litetcc.spring.boot;

import io.github.litetcc.dubbo.DubboBranchInvoker;
import io.github.litetcc.dubbo.TccDubbo;
import io.github.litetcc.model.BranchKind;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TccDubboAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TccAutoConfiguration.class, TccDubboAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.enabled=false", "tcc.fence.enabled=false");

    @Test
    void withDubbosApplicationModelTheEngineIsInstalledAndTheRemoteInvokerJoinsIt() {
        FrameworkModel framework = new FrameworkModel();
        try {
            ApplicationModel application = framework.newApplication();
            runner.withBean(ApplicationModel.class, () -> application)
                    .withPropertyValues("tcc.dubbo.direct-urls[com.example.AccountService]=dubbo://127.0.0.1:20881",
                            "tcc.dubbo.call-timeout=2s")
                    .run(context -> {
                        assertThat(context).hasSingleBean(TccDubbo.class).hasSingleBean(DubboBranchInvoker.class);
                        assertThat(context.getBean(DubboBranchInvoker.class).supports(BranchKind.REMOTE)).isTrue();
                        assertThat(application.getBeanFactory().getBean(TccDubbo.class)).isSameAs(context.getBean(TccDubbo.class));
                    });
        } finally {
            framework.destroy();
        }
    }

    @Test
    void withoutDubbosSpringIntegrationNothingOfDubboIsConfigured() {
        runner.run(context -> assertThat(context).doesNotHaveBean(TccDubbo.class).doesNotHaveBean(DubboBranchInvoker.class));
    }

    @Test
    void aDirectUrlThatIsNoUrlFailsStartUpNamingTheProperty() {
        FrameworkModel framework = new FrameworkModel();
        try {
            runner.withBean(ApplicationModel.class, framework::newApplication)
                    .withPropertyValues("tcc.dubbo.direct-urls[com.example.AccountService]=localhost")
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("tcc.dubbo.direct-urls"));
        } finally {
            framework.destroy();
        }
    }
}
