package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.Tcc;

import java.util.concurrent.atomic.LongAdder;

/**
 * A local participant of the recovery backlog run: its try does nothing, its confirm counts, or throws while the
 * participant is "down" (so that the transactions are left CONFIRMING for recovery).
 */
public final class BacklogBranch implements BacklogReservation {
    final LongAdder confirms = new LongAdder();
    volatile boolean down;

    @Override
    @Tcc(confirm = "confirm", cancel = "cancel")
    public void reserve(String order) {
        // nothing is reserved: the run measures recovery, not business work
    }

    public void confirm(String order) {
        if (down) {
            throw new IllegalStateException("participant down");
        }
        confirms.increment();
    }

    public void cancel(String order) {
        throw new IllegalStateException("the backlog run never cancels; cancel of " + order);
    }
}
