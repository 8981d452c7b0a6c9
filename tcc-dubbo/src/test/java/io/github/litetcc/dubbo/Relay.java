package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.Tcc;

import java.util.concurrent.atomic.AtomicInteger;

/** The nested participant of the tests: its try freezes on the next account service; it may swallow that failure. */
public final class Relay implements RelayService {
    final AtomicInteger confirms = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();
    private volatile AccountService next;

    void next(AccountService service) {
        this.next = service;
    }

    @Override
    @Tcc(confirm = "confirmRelay", cancel = "cancelRelay")
    public void relay(String account, long amount, boolean swallowChildFailure) {
        try {
            next.freeze(account, amount);
        } catch (RuntimeException e) {
            if (!swallowChildFailure) {
                throw e;
            }
        }
    }

    public void confirmRelay(String account, long amount, boolean swallowChildFailure) {
        confirms.incrementAndGet();
    }

    public void cancelRelay(String account, long amount, boolean swallowChildFailure) {
        cancels.incrementAndGet();
    }
}
