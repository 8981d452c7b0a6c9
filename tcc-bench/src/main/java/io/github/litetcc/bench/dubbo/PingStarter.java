package io.github.litetcc.bench.dubbo;

import io.github.litetcc.annotation.Tcc;

/** The starter of the Dubbo benchmarks: two remote tries in one transaction. */
public final class PingStarter implements PingOrders {
    private final PingService remote;

    public PingStarter(PingService remote) {
        this.remote = remote;
    }

    @Override
    @Tcc
    public String placeTwo(String id) {
        remote.reserve(id);
        return remote.reserve(id);
    }
}
