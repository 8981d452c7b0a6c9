package io.github.litetcc.demo.order;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.demo.service.ConfirmHold;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The orders table and the order's own branch: try records the order PAYING, confirm marks it PAID, cancel FAILED.
 * Fenced on the order database like any participant, so a recovered confirm or cancel applies once.
 */
@Component
public class OrderBook {
    private final JdbcTemplate jdbc;
    private final ConfirmHold hold;

    public OrderBook(JdbcTemplate jdbc, ConfirmHold hold) {
        this.jdbc = jdbc;
        this.hold = hold;
    }

    @Tcc(confirm = "markPaid", cancel = "markFailed")
    public void open(String orderId, String customer, String sku, int quantity, long amountCents, long points) {
        jdbc.update("INSERT INTO orders (order_id, customer, sku, quantity, amount, points, status) VALUES (?, ?, ?, ?, ?, ?, 'PAYING')",
                orderId, customer, sku, quantity, amountCents, points);
    }

    public void markPaid(String orderId, String customer, String sku, int quantity, long amountCents, long points) {
        hold.pauseIfHeld(orderId);
        jdbc.update("UPDATE orders SET status = 'PAID' WHERE order_id = ? AND status = 'PAYING'", orderId);
    }

    public void markFailed(String orderId, String customer, String sku, int quantity, long amountCents, long points) {
        jdbc.update("UPDATE orders SET status = 'FAILED' WHERE order_id = ? AND status = 'PAYING'", orderId);
    }

    /** The order's status (PAYING, PAID or FAILED); empty if no such order was recorded. */
    public Optional<String> findStatus(String orderId) {
        return jdbc.query("SELECT status FROM orders WHERE order_id = ?", (row, n) -> row.getString(1), orderId).stream().findFirst();
    }
}
