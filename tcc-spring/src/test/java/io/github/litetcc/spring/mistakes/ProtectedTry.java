package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Puts @Tcc on a method a proxy never intercepts. */
public class ProtectedTry {

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    protected void reserve(String sku) {
    }

    public void confirmReserve(String sku) {
    }

    public void cancelReserve(String sku) {
    }
}
