package io.github.litetcc.spring.stock;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.BranchContext;
import io.github.litetcc.context.TransactionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, sells and releases units of a sku in the table {@value #TABLE}. The try changes the row first and checks
 * the rule afterwards, so a refused try must roll its change back, with its fence row.
 */
public class StockParticipant {
    public static final String TABLE = "tccspring_stock";
    private final JdbcTemplate jdbc;
    private volatile TransactionContext lastTry;
    private volatile boolean fenceRowSeenByLastTry;

    public StockParticipant(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Tcc(confirm = "sell", cancel = "release")
    @Transactional
    public void reserve(String sku, int quantity) {
        lastTry = BranchContext.current().orElse(null);
        fenceRowSeenByLastTry = lastTry != null && jdbc.queryForObject("SELECT COUNT(*) FROM tccspring_fence WHERE xid = ? AND branch_id = ?",
                Integer.class, lastTry.xid().toString(), lastTry.branch().toString()) == 1;
        jdbc.update("UPDATE " + TABLE + " SET available = available - ?, reserved = reserved + ? WHERE sku = ?", quantity, quantity, sku);
        Integer available = jdbc.queryForObject("SELECT available FROM " + TABLE + " WHERE sku = ?", Integer.class, sku);
        if (available == null || available < 0) {
            throw new IllegalStateException("not enough " + sku + " in stock");
        }
    }

    @Transactional
    public void sell(String sku, int quantity) {
        jdbc.update("UPDATE " + TABLE + " SET reserved = reserved - ?, sold = sold + ? WHERE sku = ?", quantity, quantity, sku);
    }

    @Transactional
    public void release(String sku, int quantity) {
        jdbc.update("UPDATE " + TABLE + " SET reserved = reserved - ?, available = available + ? WHERE sku = ?", quantity, quantity, sku);
    }

    /**
     * Whether the last try saw its own, not yet committed, fence row through the business connection: it does only
     * when the fence row and the business change share one transaction.
     */
    public boolean fenceRowSeenByLastTry() {
        return fenceRowSeenByLastTry;
    }

    /** The context of the last try that ran (for tests). */
    public TransactionContext lastTry() {
        return lastTry;
    }
}
