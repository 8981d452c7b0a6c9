package io.github.litetcc.bench.dubbo;

import io.github.litetcc.annotation.Tcc;

import java.util.concurrent.atomic.LongAdder;

/** Counts tries, confirms and cancels; the business cost is nil, so what is measured is the framework's. */
public final class PingParticipant implements PingService {
    final LongAdder tries = new LongAdder();
    final LongAdder confirms = new LongAdder();
    final LongAdder cancels = new LongAdder();

    @Override
    @Tcc(confirm = "confirm", cancel = "cancel")
    public String reserve(String id) {
        tries.increment();
        return id;
    }

    public void confirm(String id) {
        confirms.increment();
    }

    public void cancel(String id) {
        cancels.increment();
    }

    @Override
    public String ping(String id) {
        return id;
    }
}
