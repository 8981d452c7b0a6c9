package io.github.litetcc.demo.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's scenario end to end, as the README's first command runs it but with few orders: four service JVMs over
 * Dubbo on H2, a participant killed in the middle of a confirm and the starter killed after its decision, both
 * restarted; recovery finishes their transactions and every invariant holds in the databases.
 */
class OrderPaymentSystemTest {

    @Test
    void everyInvariantHoldsAfterAParticipantAndTheStarterAreKilledAndRecovered() throws Exception {
        DemoOptions options = new DemoOptions(30, 3, EnumSet.allOf(Fault.class), Database.H2, false,
                Path.of("target", "demo-test"), 0, false);

        DemoReport report = new DemoRun(options, System.out).run();

        assertThat(report.checks()).as("the invariants").hasSize(9).allSatisfy(check ->
                assertThat(check.holds()).as(check.invariant() + ": " + check.found()).isTrue());
        assertThat(report.events()).as("both kills and both restarts happened").hasSize(4);
        assertThat(report.recoveryAttempts()).as("recovery finished what the kills interrupted").isPositive();
        assertThat(report.ordersByStatus()).containsOnlyKeys("PAID", "FAILED");
        assertThat(report.results().refused()).as("some orders were refused by a business rule").isPositive();
    }
}
