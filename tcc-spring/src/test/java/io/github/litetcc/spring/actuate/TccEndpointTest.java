package io.github.litetcc.spring.actuate;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.ShippingParticipant;
import io.github.litetcc.spring.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = ShopApplication.class, properties = {"tcc.recovery.enabled=false", "tcc.recovery.max-attempts=1",
        "management.endpoints.web.exposure.include=tcc"})
class TccEndpointTest {
    @Autowired
    TccEndpoint endpoint;
    @Autowired
    ShippingParticipant shipping;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionRecovery recovery;
    @Autowired
    TransactionRepository repository;
    @Autowired
    Serializer serializer;

    @Test
    void listsAParkedTransactionAndShowsIt() {
        String key = parkedShipment("parcel-list");

        TccOverview overview = endpoint.overview();

        assertThat(overview.parked()).extracting(TransactionView::key).contains(key);
        assertThat(overview.unfinished()).extracting(TransactionView::key).contains(key);
        TransactionView shown = endpoint.transaction(key);
        assertThat(shown.status()).isEqualTo("PARKED_CONFIRMING");
        assertThat(shown.branches()).singleElement().satisfies(branch -> {
            assertThat(branch.participant()).isEqualTo("shipping.ship(java.lang.String)");
            assertThat(branch.status()).isEqualTo("ENLISTED");
        });
        assertThat(shown.lastError()).contains("the carrier is unreachable for parcel-list");
    }

    @Test
    void resumesAParkedTransactionInItsOwnDirection() {
        String key = parkedShipment("parcel-resume");

        TransactionView resumed = endpoint.act(key, "resume");
        shipping.unblock("parcel-resume");
        recovery.runOnce();

        assertThat(resumed.status()).isEqualTo("CONFIRMING");
        assertThat(endpoint.transaction(key)).isNull();
        assertThat(ledger.actions()).contains("deliver parcel-resume").doesNotContain("recall parcel-resume");
    }

    @Test
    void cancelsAnUndecidedRootTransactionWhoseStarterIsGone() {
        TransactionKey key = undecidedShipment("parcel-orphaned");

        TransactionView cancelled = endpoint.act(key.toString(), "cancel");
        recovery.runOnce();

        assertThat(cancelled.status()).isEqualTo("CANCELLING");
        assertThat(endpoint.transaction(key.toString())).isNull();
        assertThat(ledger.actions()).contains("recall parcel-orphaned");
    }

    @Test
    void refusesAnActionTheTransactionsStatusDoesNotAllow() {
        String key = parkedShipment("parcel-refused");

        assertRefused(() -> endpoint.act(key, "cancel"), "only an undecided (TRYING) one can be cancelled");
        assertRefused(() -> endpoint.act(key, "retry"), "only CONFIRMING or CANCELLING records can be retried");
        assertThat(endpoint.transaction(key).status()).isEqualTo("PARKED_CONFIRMING");
    }

    @Test
    void refusesAnUnknownTransactionAMalformedKeyAndAnUnknownAction() {
        String unknown = Xid.generate(Instant.now()).toString();
        String parked = parkedShipment("parcel-bad-input");

        assertRefused(() -> endpoint.act(unknown, "retry"), "No unfinished transaction " + unknown);
        assertRefused(() -> endpoint.act("not-an-xid", "resume"), "Malformed xid 'not-an-xid'");
        assertRefused(() -> endpoint.transaction("not-an-xid"), "Malformed xid");
        assertRefused(() -> endpoint.act(parked, "confirm"), "Unknown action 'confirm': use one of [retry, resume, cancel]");
        assertRefused(() -> endpoint.act(parked, null), "Unknown action 'null'");
        assertThat(endpoint.transaction(unknown)).isNull();
        assertThat(endpoint.transaction(parked).status()).isEqualTo("PARKED_CONFIRMING");
    }

    private String parkedShipment(String parcel) {
        shipping.block(parcel);
        shipping.ship(parcel);
        return repository.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().stream()
                .filter(record -> record.lastError() != null && record.lastError().contains(parcel))
                .findFirst().orElseThrow().key().toString();
    }

    /** A TRYING record left by a starter on another node that crashed before deciding. */
    private TransactionKey undecidedShipment(String parcel) {
        TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));
        ParticipantId participant = new ParticipantId("shipping", "ship", java.util.List.of(String.class.getName()));
        Branch branch = Branch.local(BranchId.ROOT.child(1), participant, serializer.serialize(new Object[]{parcel}));
        repository.create(new NewTransaction(key, Duration.ofHours(1), Duration.ofHours(1), "crashed-node", branch));
        return key;
    }

    private static void assertRefused(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidEndpointRequestException.class).hasMessageContaining(message);
    }
}
