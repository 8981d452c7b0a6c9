package io.github.litetcc.spring.actuate;

import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import io.github.litetcc.spring.shop.ShippingParticipant;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The gauges of what waits for an operator count what is there; this context's log and fence start empty. */
@SpringBootTest(classes = OperatorsApplication.class, properties = {"spring.datasource.url=jdbc:h2:mem:operators-gauges;DB_CLOSE_DELAY=-1",
        "tcc.repository.type=jdbc", "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccgauges_", "tcc.recovery.enabled=false",
        "tcc.fence.enabled=true", "tcc.recovery.alert-after=1", "tcc.recovery.max-attempts=2"})
class OperatorGaugesTest {
    @Autowired
    MeterRegistry meters;
    @Autowired
    ShippingParticipant shipping;
    @Autowired
    TransactionOperations operations;
    @Autowired
    TransactionRecovery recovery;
    @Autowired
    FenceResolver fences;
    @Autowired
    FenceHousekeeping housekeeping;

    @Test
    void theStuckParkedAndOrphanGaugesCountWhatWaitsForAnOperator() throws Exception {
        OperatorScenarios scenarios = new OperatorScenarios(shipping, operations, recovery, fences);
        scenarios.stuckShipment("parcel-gauge-stuck-1");
        scenarios.stuckShipment("parcel-gauge-stuck-2");
        scenarios.parkedShipment("parcel-gauge-parked");
        scenarios.fenceOrphan();
        housekeeping.runOnce();

        assertThat(meters.get("tcc.transactions.stuck").gauge().value()).isEqualTo(2);
        assertThat(meters.get("tcc.transactions.parked").gauge().value()).isEqualTo(1);
        assertThat(meters.get("tcc.fence.orphans").gauge().value()).isEqualTo(1);
        assertThat(meters.get("tcc.phase2.failures").tag("phase", "confirm").counter().count()).isEqualTo(4);
    }
}
