package io.github.litetcc.demo.api;

import io.github.litetcc.annotation.TccBranch;

/** The account service: each customer's balance, in cents. */
public interface AccountService {

    /**
     * Try: freezes {@code amountCents} of {@code customer}'s balance for {@code orderId}.
     *
     * @throws BusinessRuleException if the balance is insufficient (the order is cancelled)
     */
    @TccBranch
    void freeze(String orderId, String customer, long amountCents) throws BusinessRuleException;
}
