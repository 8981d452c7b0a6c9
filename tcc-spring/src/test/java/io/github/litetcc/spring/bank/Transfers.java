package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;

/** Starts transfers: a starter with no phase 2 of its own. */
public class Transfers {
    private final AccountParticipant accounts;

    public Transfers(AccountParticipant accounts) {
        this.accounts = accounts;
    }

    @Tcc
    public void transfer(String account, int amount) {
        accounts.hold(account, amount);
    }
}
