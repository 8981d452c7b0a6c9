package io.github.litetcc.demo.inventory;

import io.github.litetcc.demo.api.Catalog;
import io.github.litetcc.demo.service.ConfirmHold;
import io.github.litetcc.demo.service.Seeder;
import io.github.litetcc.demo.service.ServiceMain;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inventory service: a Dubbo provider of {@code InventoryService} with its own database and fence. */
@SpringBootApplication
@EnableDubbo
@Import(ConfirmHold.class)
public class InventoryApplication {

    public static void main(String[] args) {
        ServiceMain.run(InventoryApplication.class, "inventory", args);
    }

    /** Puts every catalog product in stock on the first start. */
    @Bean
    ApplicationRunner seedStock(JdbcTemplate jdbc) {
        Seeder seeder = new Seeder(jdbc);
        return args -> Catalog.PRODUCTS.values().forEach(product ->
                seeder.insertIfAbsent("inventory_stock", "sku, stock, frozen, sold", product.sku(), product.initialStock(), 0, 0));
    }
}
