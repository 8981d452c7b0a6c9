package io.github.litetcc.spring.actuate;

import io.github.litetcc.model.Xid;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spring.FenceResolver;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.ShippingParticipant;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code tcc} endpoint over HTTP, as an operator uses it. */
@SpringBootTest(classes = OperatorsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:operators-http;DB_CLOSE_DELAY=-1", "tcc.repository.type=jdbc",
        "tcc.jdbc.create-schema=true", "tcc.jdbc.table-prefix=tccops_", "tcc.recovery.enabled=false",
        "tcc.recovery.alert-after=1", "tcc.recovery.max-attempts=2", "management.endpoints.web.exposure.include=tcc",
        "server.error.include-message=always"})
class TccEndpointHttpTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ShippingParticipant shipping;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionOperations operations;
    @Autowired
    TransactionRecovery recovery;
    @Autowired
    FenceResolver fences;
    private OperatorScenarios scenarios;

    @BeforeEach
    void scenarios() {
        scenarios = new OperatorScenarios(shipping, operations, recovery, fences);
    }

    @Test
    void theOverviewListsStuckAndParkedTransactionsAndFenceOrphans() throws Exception {
        String stuck = scenarios.stuckShipment("parcel-http-stuck");
        String parked = scenarios.parkedShipment("parcel-http-parked");
        String orphan = scenarios.fenceOrphan();

        Map<String, Object> overview = get("/actuator/tcc").getBody();

        assertThat(keys(overview, "stuck")).contains(stuck).doesNotContain(parked);
        assertThat(keys(overview, "parked")).contains(parked).doesNotContain(stuck);
        assertThat(keys(overview, "unfinished")).contains(stuck, parked);
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> orphans = (Map<String, List<Map<String, Object>>>) overview.get("fenceOrphans");
        assertThat(orphans.get("dataSource")).anySatisfy(row -> {
            assertThat(row.get("xid")).isEqualTo(orphan);
            assertThat(row.get("branch")).isEqualTo("1");
            assertThat(row.get("status")).isEqualTo("TRIED");
        });
    }

    @Test
    void showsOneTransactionWithItsBranchesAndLastError() {
        String stuck = scenarios.stuckShipment("parcel-http-show");

        Map<String, Object> shown = get("/actuator/tcc/" + stuck).getBody();

        assertThat(shown).containsEntry("key", stuck).containsEntry("status", "CONFIRMING").containsEntry("attempts", 1);
        assertThat((String) shown.get("lastError")).contains("the carrier is unreachable for parcel-http-show");
        assertThat(shown.get("branches")).asList().singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("participant", "shipping.ship(java.lang.String)").containsEntry("status", "ENLISTED");
    }

    @Test
    void retryingAStuckTransactionOverHttpLetsRecoveryFinishIt() {
        String stuck = scenarios.stuckShipment("parcel-http-retry");
        shipping.unblock("parcel-http-retry");

        ResponseEntity<Map<String, Object>> retried = post(stuck, "retry");
        recovery.runOnce();

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "CONFIRMING").containsEntry("lastError", "retry requested by an operator");
        assertThat(get("/actuator/tcc/" + stuck).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ledger.actions()).contains("deliver parcel-http-retry");
    }

    @Test
    void refusesBadInputWithBadRequestNamingTheProblemAndChangesNothing() {
        String parked = scenarios.parkedShipment("parcel-http-refused");

        ResponseEntity<Map<String, Object>> wrongAction = post(parked, "retry");
        ResponseEntity<Map<String, Object>> unknownAction = post(parked, "confirm");
        ResponseEntity<Map<String, Object>> malformed = post("not-an-xid", "retry");

        assertRefused(wrongAction, "only CONFIRMING or CANCELLING records can be retried");
        assertRefused(unknownAction, "Unknown action 'confirm': use one of [retry, resume, cancel]");
        assertRefused(malformed, "Malformed xid 'not-an-xid'");
        assertThat(get("/actuator/tcc/" + parked).getBody()).containsEntry("status", "PARKED_CONFIRMING");
        assertThat(get("/actuator/tcc/" + Xid.generate(Instant.now())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains(message);
    }

    private ResponseEntity<Map<String, Object>> get(String path) {
        return http.exchange(path, HttpMethod.GET, null, MAP);
    }

    private ResponseEntity<Map<String, Object>> post(String key, String action) {
        return http.exchange("/actuator/tcc/" + key, HttpMethod.POST,
                new HttpEntity<>(Map.of("action", action)), MAP);
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Map<String, Object> overview, String list) {
        return ((List<Map<String, Object>>) overview.get(list)).stream().map(view -> (String) view.get("key")).toList();
    }

    private static final ParameterizedTypeReference<Map<String, Object>> MAP =
            new ParameterizedTypeReference<>() {
            };
}
