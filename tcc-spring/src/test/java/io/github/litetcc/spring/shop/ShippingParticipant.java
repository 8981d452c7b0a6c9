package io.github.litetcc.spring.shop;

import io.github.litetcc.annotation.Tcc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ships a parcel: a starter with its own confirm and cancel, whose phase 2 fails for as long as a test blocks its
 * parcel, like a participant whose database is down.
 */
public class ShippingParticipant {
    private final Ledger ledger;
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();

    public ShippingParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    public void block(String parcel) {
        blocked.add(parcel);
    }

    public void unblock(String parcel) {
        blocked.remove(parcel);
    }

    @Tcc(confirm = "deliver", cancel = "recall")
    public String ship(String parcel) {
        ledger.record("ship " + parcel);
        return "shipped " + parcel;
    }

    public void deliver(String parcel) {
        failIfBlocked(parcel);
        ledger.record("deliver " + parcel);
    }

    public void recall(String parcel) {
        failIfBlocked(parcel);
        ledger.record("recall " + parcel);
    }

    private void failIfBlocked(String parcel) {
        if (blocked.contains(parcel)) {
            ledger.record("blocked " + parcel);
            throw new IllegalStateException("the carrier is unreachable for " + parcel);
        }
    }
}
