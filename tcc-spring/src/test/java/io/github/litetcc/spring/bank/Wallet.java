package io.github.litetcc.spring.bank;

/** A wallet whose interface declares its try, confirm and cancel: a JDK proxy reaches all three. */
public interface Wallet {

    void hold(String owner);

    void pay(String owner);

    void unhold(String owner);
}
