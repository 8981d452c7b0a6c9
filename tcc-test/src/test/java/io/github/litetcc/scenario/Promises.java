package io.github.litetcc.scenario;

import io.github.litetcc.test.ledger.Ledger;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The promises of the design, checked on the ledger of applied business effects and on the stores. */
final class Promises {
    static final List<String> PARTICIPANTS = List.of("order", "inventory", "account");
    /** Bound on waiting for a background finish (written within milliseconds). */
    static final Duration FINISH_WRITTEN_WITHIN = Duration.ofSeconds(5);

    private Promises() {
    }

    /** All-or-nothing, at most once, nothing left TRYING or half-done; returns whether the outcome was confirmed. */
    static boolean assertHold(Stores stores, String situation) {
        Ledger ledger = stores.ledger();
        boolean confirmed = PARTICIPANTS.stream().anyMatch(p -> ledger.confirms(p) > 0);
        for (String p : PARTICIPANTS) {
            assertThat(ledger.tries(p)).as("%s: tries of %s (%s)", situation, p, ledger).isLessThanOrEqualTo(1);
            assertThat(ledger.confirms(p)).as("%s: confirms of %s (%s)", situation, p, ledger).isLessThanOrEqualTo(1);
            assertThat(ledger.cancels(p)).as("%s: cancels of %s (%s)", situation, p, ledger).isLessThanOrEqualTo(1);
            if (confirmed) {
                assertThat(ledger.tries(p)).as("%s: confirmed, so %s was tried (%s)", situation, p, ledger).isEqualTo(1);
                assertThat(ledger.confirms(p)).as("%s: confirmed, so %s confirmed (%s)", situation, p, ledger).isEqualTo(1);
                assertThat(ledger.cancels(p)).as("%s: confirmed, so %s never cancelled (%s)", situation, p, ledger).isZero();
            } else {
                assertThat(ledger.cancels(p)).as("%s: cancelled, so the try of %s is undone exactly when it ran (%s)",
                        situation, p, ledger).isEqualTo(ledger.tries(p));
            }
        }
        // a completed transaction's finish is written behind its caller: wait (bounded) for the batch
        await().atMost(FINISH_WRITTEN_WITHIN).untilAsserted(() ->
                assertThat(stores.logIsEmpty()).as("%s: no unfinished record left", situation).isTrue());
        assertThat(stores.noTriedRowLeft()).as("%s: no TRIED fence row left", situation).isTrue();
        return confirmed;
    }
}
