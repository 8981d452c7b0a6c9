package io.github.litetcc.demo.service;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A participant's per-order table: the try writes one row per order in the {@code tried} status, and its confirm or
 * cancel moves it, once, to a final status. Statuses, not physical undo: the row says where each order stands.
 */
public final class OrderEntries {
    private final JdbcTemplate jdbc;
    private final String table;
    private final String tried;

    public OrderEntries(JdbcTemplate jdbc, String table, String tried) {
        this.jdbc = jdbc;
        this.table = table;
        this.tried = tried;
    }

    /** Moves {@code orderId}'s row from the tried status to {@code status}; false if it was not in the tried status. */
    public boolean move(String orderId, String status) {
        return jdbc.update("UPDATE " + table + " SET status = ? WHERE order_id = ? AND status = ?", status, orderId, tried) == 1;
    }
}
