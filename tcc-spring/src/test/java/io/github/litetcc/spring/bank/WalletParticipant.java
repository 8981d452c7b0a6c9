package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A starter with its own {@code @Transactional} confirm, behind a JDK proxy. */
public class WalletParticipant implements Wallet {
    private final Ledger ledger;

    public WalletParticipant(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Tcc(confirm = "pay", cancel = "unhold")
    public void hold(String owner) {
        ledger.record("hold " + owner);
    }

    @Override
    @Transactional
    public void pay(String owner) {
        ledger.record("pay " + owner + (TransactionSynchronizationManager.isActualTransactionActive()
                ? " in a local transaction" : " without a transaction"));
    }

    @Override
    public void unhold(String owner) {
        ledger.record("unhold " + owner);
    }
}
