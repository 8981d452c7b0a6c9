package io.github.litetcc.demo.account;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.demo.api.AccountService;
import io.github.litetcc.demo.api.BusinessRuleException;
import io.github.litetcc.demo.service.ConfirmHold;
import io.github.litetcc.demo.service.OrderEntries;
import org.apache.dubbo.config.annotation.DubboService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account participant. Try freezes the amount ({@code available - a}, {@code frozen + a}) and records it FROZEN;
 * confirm debits it ({@code frozen - a}, {@code spent + a}, DEBITED); cancel releases it back to available (RELEASED).
 */
@DubboService
public class AccountParticipant implements AccountService {
    private final JdbcTemplate jdbc;
    private final ConfirmHold hold;
    private final OrderEntries entries;

    public AccountParticipant(JdbcTemplate jdbc, ConfirmHold hold) {
        this.jdbc = jdbc;
        this.hold = hold;
        this.entries = new OrderEntries(jdbc, "account_freeze", "FROZEN");
    }

    @Override
    @Tcc(confirm = "debit", cancel = "release")
    public void freeze(String orderId, String customer, long amountCents) {
        int frozen = jdbc.update("UPDATE account_balance SET available = available - ?, frozen = frozen + ?"
                + " WHERE customer = ? AND available >= ?", amountCents, amountCents, customer, amountCents);
        if (frozen == 0) {
            throw new BusinessRuleException("insufficient balance: '" + customer + "' cannot pay " + amountCents + " cents");
        }
        jdbc.update("INSERT INTO account_freeze (order_id, customer, amount, status) VALUES (?, ?, ?, 'FROZEN')",
                orderId, customer, amountCents);
    }

    public void debit(String orderId, String customer, long amountCents) {
        hold.pauseIfHeld(orderId);
        if (entries.move(orderId, "DEBITED")) {
            jdbc.update("UPDATE account_balance SET frozen = frozen - ?, spent = spent + ? WHERE customer = ?",
                    amountCents, amountCents, customer);
        }
    }

    public void release(String orderId, String customer, long amountCents) {
        if (entries.move(orderId, "RELEASED")) {
            jdbc.update("UPDATE account_balance SET frozen = frozen - ?, available = available + ? WHERE customer = ?",
                    amountCents, amountCents, customer);
        }
    }
}
