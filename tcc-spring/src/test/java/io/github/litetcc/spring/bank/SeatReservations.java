package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reserves a seat and books it on confirm, where {@code book} is a {@code @Tcc} try in its own right: called through
 * the proxy as a confirm, the aspect sees it, and it must run as a plain call, never as a new try.
 */
public class SeatReservations {
    private final Ledger ledger;

    public SeatReservations(Ledger ledger) {
        this.ledger = ledger;
    }

    @Tcc(confirm = "book", cancel = "free")
    public void reserve(String seat) {
        ledger.record("reserve " + seat);
    }

    @Tcc(confirm = "issue", cancel = "unbook")
    @Transactional
    public void book(String seat) {
        ledger.record("book " + seat + (TransactionSynchronizationManager.isActualTransactionActive()
                ? " in a local transaction" : " without a transaction"));
    }

    public void free(String seat) {
        ledger.record("free " + seat);
    }

    public void issue(String seat) {
        ledger.record("issue " + seat);
    }

    public void unbook(String seat) {
        ledger.record("unbook " + seat);
    }
}
