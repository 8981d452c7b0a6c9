package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.model.Phase;

/** The account participant: try freezes the amount, confirm debits it, cancel releases it. */
public final class Accounts implements AccountService {
    private final Ledger ledger;
    private final Ledger plain;

    Accounts(Ledger ledger, Ledger plain) {
        this.ledger = ledger;
        this.plain = plain;
    }

    @Override
    @Tcc(confirm = "debit", cancel = "release")
    public void freeze(String order, long amount) {
        ledger.apply(Ledger.ACCOUNT, Phase.TRY, order, amount);
    }

    public void debit(String order, long amount) {
        ledger.apply(Ledger.ACCOUNT, Phase.CONFIRM, order, amount);
    }

    public void release(String order, long amount) {
        ledger.apply(Ledger.ACCOUNT, Phase.CANCEL, order, amount);
    }

    @Override
    public void freezePlain(String order, long amount) {
        plain.apply(Ledger.ACCOUNT, Phase.TRY, order, amount);
    }

    @Override
    public void debitPlain(String order, long amount) {
        plain.apply(Ledger.ACCOUNT, Phase.CONFIRM, order, amount);
    }
}
