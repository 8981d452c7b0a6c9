package io.github.litetcc.dubbo;

import java.util.concurrent.atomic.AtomicInteger;

/** An exported service that only delegates to the TCC bean, counting what reaches it: phase 2 must never. */
public final class DelegatingAccounts implements AccountService {
    private final AccountService target;
    final AtomicInteger calls = new AtomicInteger();

    public DelegatingAccounts(AccountService target) {
        this.target = target;
    }

    @Override
    public String freeze(String account, long amount) {
        calls.incrementAndGet();
        return target.freeze(account, amount);
    }

    @Override
    public long available(String account) {
        calls.incrementAndGet();
        return target.available(account);
    }
}
