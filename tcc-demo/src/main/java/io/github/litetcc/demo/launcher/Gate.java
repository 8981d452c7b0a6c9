package io.github.litetcc.demo.launcher;

import java.time.Duration;

/** Holds the client threads back while a killed service restarts; every wait is bounded. */
final class Gate {
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private boolean open = true;

    synchronized void close() {
        open = false;
    }

    synchronized void open() {
        open = true;
        notifyAll();
    }

    /** Waits until the gate is open. */
    synchronized void pass() throws InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!open) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the client was held back for more than " + MAX_WAIT);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
