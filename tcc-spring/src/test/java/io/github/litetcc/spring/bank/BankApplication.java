package io.github.litetcc.spring.bank;

import io.github.litetcc.spring.shop.Ledger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bank: one H2 data source (from spring.datasource.*); its tests switch the fence off to see the advice alone. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BankApplication {

    @Bean
    public Ledger ledger() {
        return new Ledger();
    }

    @Bean
    public AccountParticipant accounts(JdbcTemplate jdbc, Ledger ledger) {
        return AccountParticipant.onTable(jdbc, ledger);
    }

    @Bean
    public SeatReservations seats(Ledger ledger) {
        return new SeatReservations(ledger);
    }

    @Bean
    public Transfers transfers(AccountParticipant accounts) {
        return new Transfers(accounts);
    }
}
