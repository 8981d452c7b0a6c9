package io.github.litetcc.bench.store;

/** Work whose duration is measured; it may throw whatever the measured call throws. */
@FunctionalInterface
interface Timed {
    void run() throws Exception;

    /** Runs {@code work} and returns how long it took, in nanoseconds. */
    static long nanos(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
