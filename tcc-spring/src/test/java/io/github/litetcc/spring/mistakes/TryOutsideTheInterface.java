package io.github.litetcc.spring.mistakes;

import io.github.litetcc.annotation.Tcc;

/** Its @Tcc method is not on its interface: behind a JDK proxy nobody can call it. */
public class TryOutsideTheInterface implements Greeter {

    @Override
    public String greet(String name) {
        return "hello " + name;
    }

    @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
    public void reserve(String sku) {
    }

    public void confirmReserve(String sku) {
    }

    public void cancelReserve(String sku) {
    }
}
