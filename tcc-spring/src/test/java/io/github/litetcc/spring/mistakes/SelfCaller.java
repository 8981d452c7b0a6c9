package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Calls its own @Tcc method on 'this': that call bypasses the proxy. */
public class SelfCaller {

    public void reserveTwice(String sku) {
        reserve(sku);
        reserve(sku);
    }

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    public void reserve(String sku) {
    }

    public void confirmReserve(String sku) {
    }

    public void cancelReserve(String sku) {
    }
}
