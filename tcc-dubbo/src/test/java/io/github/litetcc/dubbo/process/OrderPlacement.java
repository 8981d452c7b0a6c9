package io.github.litetcc.dubbo.process;

/** The starter's try method, behind LiteTCC's proxy. */
public interface OrderPlacement {

    void place(String orderId, String account, long amount, String sku, int quantity, String route);
}
