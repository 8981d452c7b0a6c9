package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.TccBranch;

/** A nested participant of the tests: its try freezes money on a further account service (A → B → C). */
public interface RelayService {

    @TccBranch
    void relay(String account, long amount, boolean swallowChildFailure);
}
