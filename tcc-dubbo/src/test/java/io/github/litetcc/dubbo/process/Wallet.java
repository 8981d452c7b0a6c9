package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.Tcc;

/** The wallet participant: a row per account with its balance and frozen amount. */
public final class Wallet implements WalletService {
    private final String table;

    Wallet(String table) {
        this.table = table;
    }

    @Override
    @Tcc(confirm = "debit", cancel = "release")
    public void freeze(String orderId, String account, long amount) {
        Hold.at("wallet-try", orderId);
        if (Sql.update("UPDATE " + table + " SET frozen = frozen + ? WHERE id = ? AND balance - frozen >= ?", amount, account, amount) != 1) {
            throw new IllegalStateException("insufficient balance on " + account);
        }
    }

    public void debit(String orderId, String account, long amount) {
        Sql.update("UPDATE " + table + " SET balance = balance - ?, frozen = frozen - ? WHERE id = ?", amount, amount, account);
        Hold.at("wallet-confirm", orderId);
    }

    public void release(String orderId, String account, long amount) {
        Sql.update("UPDATE " + table + " SET frozen = frozen - ? WHERE id = ?", amount, account);
    }

    @Override
    public String ping() {
        return "pong";
    }
}
