package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.TccBranch;

/** A remote TCC service of the tests: freezing money is a branch, reading a balance is a plain call. */
public interface AccountService {

    @TccBranch
    String freeze(String account, long amount);

    long available(String account);
}
