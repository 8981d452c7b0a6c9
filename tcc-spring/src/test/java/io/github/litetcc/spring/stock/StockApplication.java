package io.github.litetcc.spring.stock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stock service: one data source (from spring.datasource.*), the log and the fence in it. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StockApplication {

    @Bean
    public StockParticipant stock(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + StockParticipant.TABLE
                + " (sku VARCHAR(64) PRIMARY KEY, available INT NOT NULL, reserved INT NOT NULL, sold INT NOT NULL)");
        return new StockParticipant(jdbc);
    }

    @Bean
    public StockOrders stockOrders(StockParticipant stock) {
        return new StockOrders(stock);
    }
}
