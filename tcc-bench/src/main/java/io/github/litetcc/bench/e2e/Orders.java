package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.TransactionContextHolder;

/**
 * The starter: freezes 10 on the account, then reserves 1 in the inventory, both over Dubbo. It has no phase 2 of
 * its own, so a transaction has exactly the two remote branches. The xid of the calling thread's last order is kept
 * for the write count, also when the order failed.
 */
public final class Orders implements OrderService {
    static final long AMOUNT = 10;
    static final long QUANTITY = 1;
    private static final ThreadLocal<String> LAST_XID = new ThreadLocal<>();
    private final AccountService account;
    private final InventoryService inventory;

    Orders(AccountService account, InventoryService inventory) {
        this.account = account;
        this.inventory = inventory;
    }

    @Override
    @Tcc
    public String place(String order, boolean failInventory) {
        String xid = TransactionContextHolder.current().orElseThrow().xid().toString();
        LAST_XID.set(xid);
        account.freeze(order, AMOUNT);
        inventory.reserve(order, QUANTITY, failInventory);
        return xid;
    }

    /** The xid of the last order this thread placed, or {@code null}. */
    static String lastXid() {
        return LAST_XID.get();
    }
}
