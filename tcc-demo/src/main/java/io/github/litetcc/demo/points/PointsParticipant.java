package io.github.litetcc.demo.points;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.demo.api.PointsService;
import io.github.litetcc.demo.service.ConfirmHold;
import io.github.litetcc.demo.service.OrderEntries;
import org.apache.dubbo.config.annotation.DubboService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The points participant. Try pre-adds the points ({@code pending + p}, entry PENDING); confirm makes them spendable
 * ({@code pending - p}, {@code spendable + p}, SPENDABLE); cancel removes them ({@code pending - p}, REMOVED).
 */
@DubboService
public class PointsParticipant implements PointsService {
    private final JdbcTemplate jdbc;
    private final ConfirmHold hold;
    private final OrderEntries entries;

    public PointsParticipant(JdbcTemplate jdbc, ConfirmHold hold) {
        this.jdbc = jdbc;
        this.hold = hold;
        this.entries = new OrderEntries(jdbc, "points_entry", "PENDING");
    }

    @Override
    @Tcc(confirm = "makeSpendable", cancel = "remove")
    public void preAdd(String orderId, String customer, long points) {
        jdbc.update("UPDATE points_balance SET pending = pending + ? WHERE customer = ?", points, customer);
        jdbc.update("INSERT INTO points_entry (order_id, customer, points, status) VALUES (?, ?, ?, 'PENDING')", orderId, customer, points);
    }

    public void makeSpendable(String orderId, String customer, long points) {
        hold.pauseIfHeld(orderId);
        if (entries.move(orderId, "SPENDABLE")) {
            jdbc.update("UPDATE points_balance SET pending = pending - ?, spendable = spendable + ? WHERE customer = ?",
                    points, points, customer);
        }
    }

    public void remove(String orderId, String customer, long points) {
        if (entries.move(orderId, "REMOVED")) {
            jdbc.update("UPDATE points_balance SET pending = pending - ? WHERE customer = ?", points, customer);
        }
    }
}
