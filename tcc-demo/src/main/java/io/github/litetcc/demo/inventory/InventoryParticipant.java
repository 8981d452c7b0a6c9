package io.github.litetcc.demo.inventory;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.demo.api.BusinessRuleException;
import io.github.litetcc.demo.api.InventoryService;
import io.github.litetcc.demo.service.ConfirmHold;
import io.github.litetcc.demo.service.OrderEntries;
import org.apache.dubbo.config.annotation.DubboService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inventory participant. Try freezes units ({@code stock - n}, {@code frozen + n}) and records the reservation
 * FROZEN; confirm moves them from frozen to sold (SOLD); cancel returns them to stock (RELEASED). Each phase runs in
 * the fence's local transaction on this service's database, so the fence row and these changes commit together.
 */
@DubboService
public class InventoryParticipant implements InventoryService {
    private final JdbcTemplate jdbc;
    private final ConfirmHold hold;
    private final OrderEntries entries;

    public InventoryParticipant(JdbcTemplate jdbc, ConfirmHold hold) {
        this.jdbc = jdbc;
        this.hold = hold;
        this.entries = new OrderEntries(jdbc, "inventory_reservation", "FROZEN");
    }

    @Override
    @Tcc(confirm = "sell", cancel = "release")
    public void freeze(String orderId, String sku, int quantity) {
        int frozen = jdbc.update("UPDATE inventory_stock SET stock = stock - ?, frozen = frozen + ? WHERE sku = ? AND stock >= ?",
                quantity, quantity, sku, quantity);
        if (frozen == 0) {
            throw new BusinessRuleException("out of stock: fewer than " + quantity + " units of '" + sku + "' left");
        }
        jdbc.update("INSERT INTO inventory_reservation (order_id, sku, quantity, status) VALUES (?, ?, ?, 'FROZEN')",
                orderId, sku, quantity);
    }

    public void sell(String orderId, String sku, int quantity) {
        hold.pauseIfHeld(orderId);
        if (entries.move(orderId, "SOLD")) {
            jdbc.update("UPDATE inventory_stock SET frozen = frozen - ?, sold = sold + ? WHERE sku = ?", quantity, quantity, sku);
        }
    }

    public void release(String orderId, String sku, int quantity) {
        if (entries.move(orderId, "RELEASED")) {
            jdbc.update("UPDATE inventory_stock SET frozen = frozen - ?, stock = stock + ? WHERE sku = ?", quantity, quantity, sku);
        }
    }
}
