package io.github.litetcc.spring.shop;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The shop, auto-configured like an application would be; it has no database, so its participants run unfenced. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
public class ShopApplication {

    @Bean
    public Ledger ledger() {
        return new Ledger();
    }

    @Bean
    public InventoryParticipant inventory(Ledger ledger) {
        return new InventoryParticipant(ledger);
    }

    @Bean
    public PointsParticipant points(Ledger ledger) {
        return new PointsParticipant(ledger);
    }

    @Bean
    public PaymentParticipant payment(Ledger ledger, PointsParticipant points) {
        return new PaymentParticipant(ledger, points);
    }

    @Bean
    public ShippingParticipant shipping(Ledger ledger) {
        return new ShippingParticipant(ledger);
    }

    @Bean
    public OrderStarter orders(Ledger ledger, Inventory inventory, PaymentParticipant payment) {
        return new OrderStarter(ledger, inventory, payment);
    }
}
