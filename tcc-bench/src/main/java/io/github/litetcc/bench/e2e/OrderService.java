package io.github.litetcc.bench.e2e;

/** The starter's business method: one order, two participants. Returns the transaction's xid. */
public interface OrderService {

    String place(String order, boolean failInventory);
}
