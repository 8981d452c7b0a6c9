package io.github.litetcc.spring.travel;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.BranchContext;
import io.github.litetcc.spring.shop.Ledger;

/** Books a room and hands the room's description on to its confirm and cancel. */
public class HotelParticipant {
    private final Ledger ledger;

    public HotelParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Hands over "room of {guest}", padded to at least {@code handOverChars} characters. */
    @Tcc(confirm = "confirmRoom", cancel = "cancelRoom")
    public void book(String guest, int handOverChars) {
        ledger.record("book " + guest);
        String room = "room of " + guest;
        BranchContext.handOver(room + " ".repeat(Math.max(0, handOverChars - room.length())));
    }

    public void confirmRoom(String guest, int handOverChars) {
        ledger.record("confirm " + handedOver());
    }

    public void cancelRoom(String guest, int handOverChars) {
        ledger.record("cancel " + handedOver() + " for " + guest);
    }

    private static String handedOver() {
        return BranchContext.handedOver(String.class).map(String::strip).orElse("nothing handed over");
    }
}
