package io.github.litetcc.spring;

import io.github.litetcc.spring.bank.Vault;
import io.github.litetcc.spring.bank.VaultParticipant;
import io.github.litetcc.spring.bank.Wallet;
import io.github.litetcc.spring.bank.WalletParticipant;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
import io.github.litetcc.spring.shop.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PhaseTwoThroughJdkProxiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class, TccAutoConfiguration.class))
            .withPropertyValues("spring.aop.proxy-target-class=false", "spring.datasource.url=jdbc:h2:mem:bank-jdk;DB_CLOSE_DELAY=-1",
                    "tcc.fence.enabled=false", "tcc.recovery.enabled=false");

    @Test
    void aConfirmDeclaredOnTheInterfaceRunsThroughTheJdkProxyWithItsAdvice() {
        runner.withUserConfiguration(Wallets.class).run(context -> {
            Wallet wallet = context.getBean(Wallet.class);
            assertThat(AopUtils.isJdkDynamicProxy(wallet)).isTrue();

            wallet.hold("erin");

            assertThat(context.getBean(Ledger.class).actions()).containsExactly("hold erin", "pay erin in a local transaction");
        });
    }

    @Test
    void warnsAtStartUpAboutAnAdvisedConfirmNoProxyReaches(CapturedOutput output) {
        runner.withUserConfiguration(Vaults.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(AopUtils.isJdkDynamicProxy(context.getBean(Vault.class))).isTrue();
        });
        assertThat(output).contains("Confirm or cancel bean 'vault' method seal(String) has advice (such as @Transactional) that LiteTCC cannot apply")
                .doesNotContain("method unlock(String) has advice");
    }

    @Configuration(proxyBeanMethods = false)
    static class Wallets {
        @Bean
        Ledger ledger() {
            return new Ledger();
        }

        @Bean
        Wallet wallet(Ledger ledger) {
            return new WalletParticipant(ledger);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Vaults {
        @Bean
        Vault vault() {
            return new VaultParticipant();
        }
    }
}
