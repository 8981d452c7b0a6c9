package io.github.litetcc.demo;

import io.github.litetcc.annotation.Tcc;

import java.math.BigDecimal;

/** The account service's TCC methods: freeze, debit, release. */
public class AccountParticipant implements AccountService {
    private final Shop shop;

    public AccountParticipant(Shop shop) {
        this.shop = shop;
    }

    @Override
    @Tcc(confirm = "debit", cancel = "release")
    public void freeze(String orderId, String user, BigDecimal amount) {
        shop.freezeMoney(user, amount);
    }

    public void debit(String orderId, String user, BigDecimal amount) {
        shop.debitFrozen(user, amount);
    }

    public void release(String orderId, String user, BigDecimal amount) {
        shop.releaseMoney(user, amount);
    }
}
