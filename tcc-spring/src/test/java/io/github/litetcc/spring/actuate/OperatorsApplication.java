package io.github.litetcc.spring.actuate;

import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.ShippingParticipant;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What an operator looks after: a shipping participant whose phase 2 a test can block, fenced in one data source
 * (from spring.datasource.*), with Actuator and Micrometer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OperatorsApplication {

    @Bean
    public Ledger ledger() {
        return new Ledger();
    }

    @Bean
    public ShippingParticipant shipping(Ledger ledger) {
        return new ShippingParticipant(ledger);
    }
}
