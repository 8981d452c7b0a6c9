package io.github.litetcc.spring.travel;

import io.github.litetcc.spring.shop.Ledger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency's participants and starter, with the ledger they write to. */
@Configuration(proxyBeanMethods = false)
public class TravelParticipants {

    @Bean
    public Ledger ledger() {
        return new Ledger();
    }

    @Bean
    public HotelParticipant hotel(Ledger ledger) {
        return new HotelParticipant(ledger);
    }

    @Bean
    public InsuranceParticipant insurance(Ledger ledger) {
        return new InsuranceParticipant(ledger);
    }

    @Bean
    public FlightParticipant flight(Ledger ledger, InsuranceParticipant insurance) {
        return new FlightParticipant(ledger, insurance);
    }

    @Bean
    public TripStarter trips(Ledger ledger, HotelParticipant hotel, FlightParticipant flight, InsuranceParticipant insurance) {
        return new TripStarter(ledger, hotel, flight, insurance);
    }
}
