package io.github.litetcc.demo.account;

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

/** The account service: a Dubbo provider of {@code AccountService} with its own database and fence. */
@SpringBootApplication
@EnableDubbo
@Import(ConfirmHold.class)
public class AccountApplication {

    public static void main(String[] args) {
        ServiceMain.run(AccountApplication.class, "account", args);
    }

    /** Opens every catalog customer's account on the first start. */
    @Bean
    ApplicationRunner seedAccounts(JdbcTemplate jdbc) {
        Seeder seeder = new Seeder(jdbc);
        return args -> Catalog.CUSTOMERS.forEach((customer, balance) ->
                seeder.insertIfAbsent("account_balance", "customer, available, frozen, spent", customer, balance, 0L, 0L));
    }
}
