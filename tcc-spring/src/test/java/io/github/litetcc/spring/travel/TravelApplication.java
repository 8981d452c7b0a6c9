package io.github.litetcc.spring.travel;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The travel agency, auto-configured; it has no database, so its participants run unfenced. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@Import(TravelParticipants.class)
public class TravelApplication {
}
