package io.github.litetcc.bench.store;

import java.util.Arrays;

/** Latencies of one measured operation, in nanoseconds, collected in order. Not thread-safe. */
final class Samples {
    private long[] nanos = new long[1024];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    /** Percentiles (nearest rank) and mean of what was collected; throws if nothing was. */
    Summary summary() {
        if (count == 0) {
            throw new IllegalStateException("No samples were collected");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        long sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return new Summary(count, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), sum / count);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** What one series of samples came to, in nanoseconds. */
    record Summary(int count, long p50, long p90, long p99, long mean) {
    }
}
