package io.github.litetcc.spring;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.Phase;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.travel.TravelApplication;
import io.github.litetcc.spring.travel.TripStarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = TravelApplication.class, properties = {"tcc.recovery.enabled=false",
        "tcc.serializer.max-payload-bytes=" + HandoverAndPhaseTwoThroughTheAspectTest.MAX_PAYLOAD_BYTES})
class HandoverAndPhaseTwoThroughTheAspectTest {
    static final int MAX_PAYLOAD_BYTES = 256;

    @Autowired
    TripStarter trips;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionOperations operations;

    @Test
    void theTryHandsItsValueOnToItsConfirm() {
        String guest = guest();

        trips.plan(guest, 0);

        assertThat(ledger.actions()).contains("confirm room of " + guest);
    }

    @Test
    void theTryHandsItsValueOnToItsCancel() {
        String guest = guest();

        assertThatThrownBy(() -> trips.planAndFail(guest)).hasMessage("no visa for " + guest);

        assertThat(ledger.actions()).contains("cancel room of " + guest + " for " + guest);
    }

    @Test
    void aHandoverOverTheSizeLimitFailsTheTryClearlyAndTheTransactionCancels() {
        String guest = guest();

        assertThatThrownBy(() -> trips.plan(guest, MAX_PAYLOAD_BYTES * 2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exceeds SerializationConfig.maxPayloadBytes (" + MAX_PAYLOAD_BYTES + " bytes)");

        assertThat(actionsOf(guest)).containsExactly("book " + guest, "cancel nothing handed over for " + guest);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->   // finished behind the caller
                assertThat(operations.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items()).isEmpty());
    }

    @Test
    void cancelsLocalBranchesInTheReverseOrderOfTheirTries() {
        String guest = guest();

        assertThatThrownBy(() -> trips.planAndFail(guest)).isInstanceOf(IllegalStateException.class);

        assertThat(actionsOf(guest)).containsExactly("book " + guest, "reserve " + guest, "cover " + guest, "give up " + guest,
                "withdraw " + guest, "cancel seat " + guest, "cover " + guest + " in cancel",
                "cancel room of " + guest + " for " + guest);
    }

    @Test
    void aTccCallFromAConfirmIsAPlainCallNotANewTry() {
        String guest = guest();

        trips.plan(guest, 0);

        Ledger.Entry cover = ledger.find("cover " + guest + " in confirm");
        assertThat(cover.context().phase()).isEqualTo(Phase.CONFIRM);
        assertThat(cover.context().branch()).isEqualTo(ledger.find("confirm seat " + guest).context().branch());
        assertThat(ledger.actions()).doesNotContain("activate " + guest + " in confirm", "withdraw " + guest + " in confirm");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->   // finished behind the caller
                assertThat(operations.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items()).isEmpty());
    }

    @Test
    void aTccCallFromACancelIsAPlainCallNotANewTry() {
        String guest = guest();

        assertThatThrownBy(() -> trips.planAndFail(guest)).isInstanceOf(IllegalStateException.class);

        Ledger.Entry cover = ledger.find("cover " + guest + " in cancel");
        assertThat(cover.context().phase()).isEqualTo(Phase.CANCEL);
        assertThat(ledger.actions()).doesNotContain("activate " + guest + " in cancel", "withdraw " + guest + " in cancel");
    }

    private List<String> actionsOf(String guest) {
        return ledger.actions().stream().filter(action -> action.contains(guest)).toList();
    }

    private static String guest() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
