package io.github.litetcc.bench;

import io.github.litetcc.annotation.Tcc;

import java.util.concurrent.atomic.LongAdder;

/** A participant whose business work is a counter per phase, so that the framework's cost is what is measured. */
public class CountingParticipant implements Reservation {
    final LongAdder tried = new LongAdder();
    final LongAdder confirmed = new LongAdder();
    final LongAdder cancelled = new LongAdder();

    @Override
    @Tcc(confirm = "confirm", cancel = "cancel")
    public void reserve(String order, int quantity) {
        tried.add(quantity);
    }

    public void confirm(String order, int quantity) {
        confirmed.add(quantity);
    }

    public void cancel(String order, int quantity) {
        cancelled.add(quantity);
    }
}
