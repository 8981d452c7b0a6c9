package io.github.litetcc.spring.fence;

import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which data source fences each participant: named, configured, or the only one; ambiguity fails start-up. */
class DataSourceResolutionTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TccAutoConfiguration.class))
            .withPropertyValues("tcc.recovery.enabled=false", "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccspring_");

    @Test
    void theOnlyDataSourceFencesAParticipantThatNamesNone() {
        runner.withUserConfiguration(OneDatabase.class).withBean("seats", UnnamedDataSourceParticipant.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(FenceResolver.class).fences()).containsOnlyKeys("seatsDb");
            assertThat(context.getBean(ParticipantRegistry.class).all()).singleElement()
                    .satisfies(participant -> assertThat(participant.fence()).isPresent());
        });
    }

    @Test
    void aParticipantIsFencedInTheDataSourceItNames() {
        runner.withUserConfiguration(TwoDatabases.class).withBean("rooms", NamedDataSourceParticipant.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(FenceResolver.class).fences()).containsOnlyKeys("inventoryDb");
        });
    }

    @Test
    void theConfiguredDataSourceFencesParticipantsThatNameNone() {
        runner.withUserConfiguration(TwoDatabases.class).withBean("seats", UnnamedDataSourceParticipant.class)
                .withPropertyValues("tcc.fence.data-source=ordersDb").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(FenceResolver.class).fences()).containsOnlyKeys("ordersDb");
                });
    }

    @Test
    void severalDataSourcesAndNoChoiceFailStartUpNamingBeanAndMethod() {
        runner.withUserConfiguration(TwoDatabases.class).withBean("seats", UnnamedDataSourceParticipant.class)
                .run(context -> assertThat(context.getStartupFailure()).hasMessageContainingAll(
                        "Cannot tell which data source holds the fence of bean 'seats' method hold()",
                        "@Tcc(dataSource = \"...\")", "tcc.fence.data-source"));
    }

    @Test
    void aDataSourceNameThatDoesNotExistFailsStartUp() {
        runner.withUserConfiguration(TwoDatabases.class).withBean("cars", MisnamedDataSourceParticipant.class)
                .run(context -> assertThat(context.getStartupFailure()).hasMessageContainingAll(
                        "@Tcc(dataSource = \"parkingDb\") on bean 'cars' method park()", "there is no DataSource bean 'parkingDb'"));
    }

    @Test
    void withFencingOffParticipantsRunUnfenced() {
        runner.withUserConfiguration(OneDatabase.class).withBean("seats", UnnamedDataSourceParticipant.class)
                .withPropertyValues("tcc.fence.enabled=false").run(context -> {
                    assertThat(context.getBean(FenceResolver.class)).isSameAs(FenceResolver.NONE);
                    assertThat(context.getBean(ParticipantRegistry.class).all()).singleElement()
                            .satisfies(participant -> assertThat(participant.fence()).isEmpty());
                });
    }

    private static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Configuration(proxyBeanMethods = false)
    static class OneDatabase {
        @Bean
        DataSource seatsDb() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDatabases {
        @Bean
        DataSource ordersDb() {
            return h2();
        }

        @Bean
        DataSource inventoryDb() {
            return h2();
        }
    }
}
