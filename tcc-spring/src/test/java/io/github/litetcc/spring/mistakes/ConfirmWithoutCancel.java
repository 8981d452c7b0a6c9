package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Names a confirm but no cancel. */
public class ConfirmWithoutCancel {

    @Tcc(confirm = "confirmReserve")
    public void reserve(String sku) {
    }

    public void confirmReserve(String sku) {
    }
}
