package io.github.litetcc.demo.points;

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

/** The points service: a Dubbo provider of {@code PointsService} with its own database and fence. */
@SpringBootApplication
@EnableDubbo
@Import(ConfirmHold.class)
public class PointsApplication {

    public static void main(String[] args) {
        ServiceMain.run(PointsApplication.class, "points", args);
    }

    /** Opens every catalog customer's points balance, at zero, on the first start. */
    @Bean
    ApplicationRunner seedPoints(JdbcTemplate jdbc) {
        Seeder seeder = new Seeder(jdbc);
        return args -> Catalog.CUSTOMERS.keySet().forEach(customer ->
                seeder.insertIfAbsent("points_balance", "customer, spendable, pending", customer, 0L, 0L));
    }
}
