package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Its cancel takes other parameters than its try. */
public class CancelWithOtherParameters {

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    public void reserve(String sku, int quantity) {
    }

    public void confirmReserve(String sku, int quantity) {
    }

    public void cancelReserve(String sku) {
    }
}
