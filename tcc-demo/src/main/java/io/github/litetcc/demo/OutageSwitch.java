package io.github.litetcc.demo;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets the demo simulate one outage of the account service during a confirm. */
final class OutageSwitch {
    private final AtomicBoolean failNextDebit = new AtomicBoolean();

    void failNextDebit() {
        failNextDebit.set(true);
    }

    /** Throws once after {@link #failNextDebit()}, as a service that is down would. */
    void checkDebit() {
        if (failNextDebit.getAndSet(false)) {
            throw new IllegalStateException("account service unreachable (simulated outage)");
        }
    }
}
