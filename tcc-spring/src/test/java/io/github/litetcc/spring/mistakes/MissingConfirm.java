package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Names a confirm method that does not exist. */
public class MissingConfirm {

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    public void reserve(String sku, int quantity) {
    }

    public void cancelReserve(String sku, int quantity) {
    }
}
