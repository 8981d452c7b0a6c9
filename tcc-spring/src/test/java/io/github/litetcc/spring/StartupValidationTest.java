package io.github.litetcc.spring;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
import io.github.litetcc.spring.mistakes.CancelWithOtherParameters;
import io.github.litetcc.spring.mistakes.ConfirmWithoutCancel;
import io.github.litetcc.spring.mistakes.FinalTry;
import io.github.litetcc.spring.mistakes.MissingConfirm;
import io.github.litetcc.spring.mistakes.ProtectedTry;
import io.github.litetcc.spring.mistakes.SelfCaller;
import io.github.litetcc.spring.mistakes.TryOutsideTheInterface;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.PointsParticipant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.PriorityOrdered;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StartupValidationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TccAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.enabled=false", "tcc.fence.enabled=false");

    @Test
    void aMissingConfirmMethodFailsStartUpNamingBeanMethodAndFix() {
        assertStartUpFails(MissingConfirm.class, MissingConfirm::new, "bean 'participant' method reserve(String, int)",
                "declare 'public void confirmReserve(String, int)'");
    }

    @Test
    void aCancelTakingOtherParametersFailsStartUp() {
        assertStartUpFails(CancelWithOtherParameters.class, CancelWithOtherParameters::new,
                "The cancel method of bean 'participant' method reserve(String, int) is missing",
                "it takes the try's parameter types");
    }

    @Test
    void aConfirmWithoutCancelFailsStartUp() {
        assertStartUpFails(ConfirmWithoutCancel.class, ConfirmWithoutCancel::new, "names a confirm but no cancel method");
    }

    @Test
    void aTryThatIsNotPublicFailsStartUp() {
        assertStartUpFails(ProtectedTry.class, ProtectedTry::new, "bean 'participant' method reserve(String)",
                "make it a public instance method");
    }

    @Test
    void aTryThatItsJdkProxyCannotExposeFailsStartUp() {
        runner.withPropertyValues("spring.aop.proxy-target-class=false")
                .withBean("participant", TryOutsideTheInterface.class, TryOutsideTheInterface::new)
                .run(context -> assertThat(messages(context.getStartupFailure())).contains("ParticipantDefinitionException",
                        "none of its interfaces declares the method", "spring.aop.proxy-target-class=true"));
    }

    @Test
    void aFinalTryFailsStartUp() {
        assertStartUpFails(FinalTry.class, FinalTry::new, "is final", "remove 'final'");
    }

    @Test
    void aParticipantThatIsNotASingletonFailsStartUp() {
        runner.withUserConfiguration(PrototypeParticipant.class)
                .run(context -> assertThat(messages(context.getStartupFailure())).contains("Bean 'points' has @Tcc methods but"
                        + " is not a singleton"));
    }

    @Test
    void aParticipantCreatedBeforeProxyingFailsStartUp() {
        runner.withUserConfiguration(TooEarlyParticipant.class)
                .run(context -> assertThat(messages(context.getStartupFailure())).contains("Bean 'points'",
                        "is not proxied by the TCC aspect"));
    }

    @Test
    void aSelfInvocationIsWarnedAbout(CapturedOutput output) {
        runner.withBean("selfCaller", SelfCaller.class, SelfCaller::new).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(output).contains("Bean 'selfCaller' calls its own @Tcc method on 'this' (reserveTwice -> reserve)");
        });
    }

    @Test
    void anUnfencedParticipantIsWarnedAbout(CapturedOutput output) {
        runner.withBean(Ledger.class).withBean("points", PointsParticipant.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(output).contains("Participant points.award(java.lang.String,int) runs without a fence");
        });
    }

    private <T> void assertStartUpFails(Class<T> type, Supplier<T> bean, String... expected) {
        runner.withBean("participant", type, bean).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(ParticipantDefinitionException.class.getSimpleName())
                    .contains(expected);
        });
    }

    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class PrototypeParticipant {
        @Bean
        Ledger ledger() {
            return new Ledger();
        }

        @Bean
        @Scope("prototype")
        PointsParticipant points(Ledger ledger) {
            return new PointsParticipant(ledger);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TooEarlyParticipant {
        @Bean
        static PointsParticipant points() {
            return new PointsParticipant(new Ledger());
        }

        @Bean
        static EarlyPostProcessor dependsOnPoints(PointsParticipant points) {
            return new EarlyPostProcessor();
        }
    }

    /** Created with the first post-processors, before the proxy creator: so is whatever it depends on. */
    static class EarlyPostProcessor implements BeanPostProcessor, PriorityOrdered {
        @Override
        public int getOrder() {
            return 0;
        }
    }
}
