package io.github.litetcc.bench.dubbo;

import io.github.litetcc.annotation.TccBranch;

/** The remote service of the Dubbo benchmarks: a TCC try and a plain call of the same size. */
public interface PingService {

    @TccBranch
    String reserve(String id);

    String ping(String id);
}
