package io.github.litetcc.dubbo.process;

import io.github.litetcc.annotation.TccBranch;

/** Money: try freezes, confirm debits, cancel releases. */
public interface WalletService {

    @TccBranch
    void freeze(String orderId, String account, long amount);

    /** A plain call, to see whether the service is reachable. */
    String ping();
}
