package io.github.litetcc.spring.shop;

/** The inventory's interface: its bean is proxied by a JDK proxy when class proxies are off. */
public interface Inventory {

    void reserve(String sku, int quantity);
}
