package io.github.litetcc.spring.bank;

import org.springframework.transaction.annotation.Transactional;

/** A check that joins the caller's transaction and fails, marking it rollback-only. */
public class PayoutLimits {

    @Transactional
    public void check(String account) {
        throw new IllegalStateException("limit exceeded for " + account);
    }
}
