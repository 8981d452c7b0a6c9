package io.github.litetcc.spring;

import io.github.litetcc.spring.bank.AccountParticipant;
import io.github.litetcc.spring.bank.PayoutLimits;
import io.github.litetcc.spring.bank.Payouts;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
import io.github.litetcc.spring.shop.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the aspect sits relative to {@code @Transactional}: outside by default, wherever {@code tcc.aspect.order} says. */
class AspectOrderTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, TccAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:order-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "tcc.fence.enabled=false", "tcc.recovery.enabled=false")
            .withUserConfiguration(PayoutBeans.class);

    @Test
    void byDefaultTheAspectRunsOutsideTransactionalSoALocalRollbackFailsTheTryAndTheTransactionCancels() {
        runner.run(context -> {
            assertThat(context.getBean(TccAspect.class).getOrder()).isEqualTo(TccAspect.DEFAULT_ORDER)
                    .isLessThan(context.getBean(BeanFactoryTransactionAttributeSourceAdvisor.class).getOrder());

            assertThatThrownBy(() -> context.getBean(Payouts.class).payout("ivan")).isInstanceOf(UnexpectedRollbackException.class);

            assertThat(context.getBean(Ledger.class).actions()).containsExactly("caught limit exceeded for ivan", "reverse ivan");
            assertThat(context.getBean(AccountParticipant.class).credits("ivan")).isZero();
        });
    }

    @Test
    void theConfiguredOrderIsHonouredEvenWhereItPutsTheAspectInsideTheLocalTransaction() {
        runner.withPropertyValues("tcc.aspect.order=100").withUserConfiguration(TransactionsFirst.class).run(context -> {
            assertThat(context.getBean(TccAspect.class).getOrder()).isEqualTo(100);

            assertThatThrownBy(() -> context.getBean(Payouts.class).payout("judy")).isInstanceOf(UnexpectedRollbackException.class);

            assertThat(context.getBean(Ledger.class).actions()).containsExactly("caught limit exceeded for judy", "settle judy");
            assertThat(context.getBean(AccountParticipant.class).credits("judy")).isZero();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class PayoutBeans {
        @Bean
        Ledger ledger() {
            return new Ledger();
        }

        @Bean
        AccountParticipant accounts(JdbcTemplate jdbc, Ledger ledger) {
            return AccountParticipant.onTable(jdbc, ledger);
        }

        @Bean
        PayoutLimits payoutLimits() {
            return new PayoutLimits();
        }

        @Bean
        Payouts payouts(JdbcTemplate jdbc, PayoutLimits limits, Ledger ledger) {
            return new Payouts(jdbc, limits, ledger);
        }
    }

    /** Puts {@code @Transactional} at order 0, outside an aspect ordered at 100. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(order = 0)
    static class TransactionsFirst {
    }
}
