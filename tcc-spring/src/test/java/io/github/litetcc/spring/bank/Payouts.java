package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@code @Transactional} try that returns normally although its local transaction rolls back: it catches a failure of
 * a nested {@code @Transactional} check, which has marked the shared transaction rollback-only, so the commit fails.
 */
public class Payouts {
    private final JdbcTemplate jdbc;
    private final PayoutLimits limits;
    private final Ledger ledger;

    public Payouts(JdbcTemplate jdbc, PayoutLimits limits, Ledger ledger) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.ledger = ledger;
    }

    @Tcc(confirm = "settle", cancel = "reverse")
    @Transactional
    public void payout(String account) {
        jdbc.update("INSERT INTO " + AccountParticipant.TABLE + " (account, amount) VALUES (?, 1)", account);
        try {
            limits.check(account);
        } catch (IllegalStateException e) {
            ledger.record("caught " + e.getMessage());
        }
    }

    public void settle(String account) {
        ledger.record("settle " + account);
    }

    public void reverse(String account) {
        ledger.record("reverse " + account);
    }
}
