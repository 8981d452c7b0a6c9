package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Its @Tcc method is final: a class-based proxy cannot override it. */
public class FinalTry {

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    public final void reserve(String sku) {
    }

    public void confirmReserve(String sku) {
    }

    public void cancelReserve(String sku) {
    }
}
