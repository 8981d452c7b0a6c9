package io.github.litetcc.dubbo.process;

/** The starter's plain entry point, called by the test: places one order by the given route. */
public interface OrderDesk {

    /**
     * @param route {@code direct} (wallet, then stock), {@code nested} (wallet, then courier → stock) or
     *              {@code swallow} (as nested, the courier swallowing the stock's failure)
     * @return {@code PAID}, or the failure's message
     */
    String place(String orderId, String account, long amount, String sku, int quantity, String route);

    /** Whether this order service reaches {@code peer} (wallet, stock or courier) now. */
    boolean reaches(String peer);
}
