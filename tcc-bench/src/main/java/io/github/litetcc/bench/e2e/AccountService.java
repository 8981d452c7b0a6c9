package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.TccBranch;

/** The account participant: a TCC try (freeze, confirmed by debit, cancelled by release) and the plain calls of the baselines. */
public interface AccountService {

    @TccBranch
    void freeze(String order, long amount);

    /** The baselines' try without LiteTCC: the same business effect as {@link #freeze}. */
    void freezePlain(String order, long amount);

    /** The baselines' confirm without LiteTCC: the same business effect as the TCC confirm. */
    void debitPlain(String order, long amount);
}
