package io.github.litetcc.bench.e2e;

import io.github.litetcc.LiteTcc;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A recovery pass of one node every {@code interval}, as a deployed node's scheduler would run it; a failed pass is printed. */
final class RecoveryLoop implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "bench-recovery");
        thread.setDaemon(true);
        return thread;
    });

    RecoveryLoop(LiteTcc tcc, Duration interval, String node) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                tcc.recovery().runOnce();
            } catch (RuntimeException e) {
                System.err.println(node + ": recovery pass failed: " + e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
