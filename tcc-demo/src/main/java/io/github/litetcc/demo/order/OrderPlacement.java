package io.github.litetcc.demo.order;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.demo.api.AccountService;
import io.github.litetcc.demo.api.InventoryService;
import io.github.litetcc.demo.api.PointsService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/**
 * The starter: one global transaction per order. Its branches are the order itself ({@link OrderBook#open}), then the
 * inventory, account and points tries over Dubbo. When the body returns, every branch is confirmed; when it throws,
 * every branch is cancelled and {@link OrderRefusedException} says why.
 */
@Component
public class OrderPlacement {
    private final OrderBook book;
    @DubboReference(url = "${demo.inventory.url}", check = false, retries = 0, timeout = 3000)
    private InventoryService inventory;
    @DubboReference(url = "${demo.account.url}", check = false, retries = 0, timeout = 3000)
    private AccountService account;
    @DubboReference(url = "${demo.points.url}", check = false, retries = 0, timeout = 3000)
    private PointsService points;

    public OrderPlacement(OrderBook book) {
        this.book = book;
    }

    /**
     * Places {@code order}: returns once the transaction is confirmed.
     *
     * @throws OrderRefusedException if a try failed: the transaction is cancelled, the order ends FAILED
     */
    @Tcc
    public void place(ValidOrder order) {
        try {
            book.open(order.orderId(), order.customer(), order.sku(), order.quantity(), order.amountCents(), order.points());
            inventory.freeze(order.orderId(), order.sku(), order.quantity());
            account.freeze(order.orderId(), order.customer(), order.amountCents());
            points.preAdd(order.orderId(), order.customer(), order.points());
        } catch (RuntimeException e) {
            throw OrderRefusedException.of(order.orderId(), e);
        }
    }
}
