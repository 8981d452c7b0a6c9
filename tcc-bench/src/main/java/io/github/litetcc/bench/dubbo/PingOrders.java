package io.github.litetcc.bench.dubbo;

/** A transaction of two remote branches. */
public interface PingOrders {

    String placeTwo(String id);
}
