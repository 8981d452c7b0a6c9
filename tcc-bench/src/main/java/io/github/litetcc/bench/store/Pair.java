package io.github.litetcc.bench.store;

/**
 * One comparison measured within a run: the operation under test and its baseline, each a series of samples
 * taken alternately. {@link #time} runs both once, the order flipping on every call, so that drift in the
 * machine's load, caches and the server's state weighs on both sides alike.
 */
final class Pair {
    private final Samples subject = new Samples();
    private final Samples baseline = new Samples();
    private boolean subjectFirst = true;

    /** Times {@code subjectWork} and {@code baselineWork} once each; {@code record} false is warm-up. */
    void time(Timed subjectWork, Timed baselineWork, boolean record) throws Exception {
        long subjectNanos;
        long baselineNanos;
        if (subjectFirst) {
            subjectNanos = Timed.nanos(subjectWork);
            baselineNanos = Timed.nanos(baselineWork);
        } else {
            baselineNanos = Timed.nanos(baselineWork);
            subjectNanos = Timed.nanos(subjectWork);
        }
        subjectFirst = !subjectFirst;
        if (record) {
            subject.add(subjectNanos);
            baseline.add(baselineNanos);
        }
    }

    Samples.Summary subject() {
        return subject.summary();
    }

    Samples.Summary baseline() {
        return baseline.summary();
    }
}
