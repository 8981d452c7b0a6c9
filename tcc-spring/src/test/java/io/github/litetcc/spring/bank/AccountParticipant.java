package io.github.litetcc.spring.bank;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spring.shop.Ledger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds money, then credits it in a {@code @Transactional} confirm that inserts a row into {@value #TABLE} and fails
 * afterwards for a frozen account: only the confirm's own local transaction can undo that insert.
 */
public class AccountParticipant {
    public static final String TABLE = "tccspring_credits";
    private final JdbcTemplate jdbc;
    private final Ledger ledger;
    private final Set<String> frozen = ConcurrentHashMap.newKeySet();

    public AccountParticipant(JdbcTemplate jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** A participant on {@value #TABLE}, created when missing. */
    public static AccountParticipant onTable(JdbcTemplate jdbc, Ledger ledger) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (account VARCHAR(64) NOT NULL, amount INT NOT NULL)");
        return new AccountParticipant(jdbc, ledger);
    }

    public void freeze(String account) {
        frozen.add(account);
    }

    public void thaw(String account) {
        frozen.remove(account);
    }

    @Tcc(confirm = "credit", cancel = "forget")
    public void hold(String account, int amount) {
        ledger.record("hold " + account);
    }

    @Transactional
    public void credit(String account, int amount) {
        jdbc.update("INSERT INTO " + TABLE + " (account, amount) VALUES (?, ?)", account, amount);
        ledger.record("credit " + account + (TransactionSynchronizationManager.isActualTransactionActive()
                ? " in a local transaction" : " without a transaction"));
        if (frozen.contains(account)) {
            throw new IllegalStateException("account " + account + " is frozen");
        }
    }

    @Transactional
    public void forget(String account, int amount) {
        ledger.record("forget " + account);
    }

    /** The credits the table holds for {@code account}. */
    public int credits(String account) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE account = ?", Integer.class, account);
        return count == null ? 0 : count;
    }
}
