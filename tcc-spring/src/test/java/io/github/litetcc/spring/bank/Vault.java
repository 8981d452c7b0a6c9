package io.github.litetcc.spring.bank;

/** A vault whose interface declares only its try: a JDK proxy cannot reach its confirm or cancel. */
public interface Vault {

    void lock(String box);
}
