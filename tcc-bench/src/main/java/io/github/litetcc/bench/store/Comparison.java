package io.github.litetcc.bench.store;

/**
 * One measured comparison of one round: on {@code server}, in {@code part}, the operation {@code label}
 * ({@code detail} says what it wrote or read) against its baseline.
 */
record Comparison(String server, Part part, String label, String detail, Samples.Summary subject, Samples.Summary baseline) {

    static Comparison of(String server, Part part, String label, String detail, Pair pair) {
        return new Comparison(server, part, label, detail, pair.subject(), pair.baseline());
    }

    /** Median of the subject over median of the baseline. */
    double ratio() {
        return (double) subject.p50() / baseline.p50();
    }

    /** Median of the subject minus median of the baseline, in nanoseconds. */
    long extraNanos() {
        return subject.p50() - baseline.p50();
    }

    /** The key that ties this comparison to the same one of other rounds. */
    String key() {
        return server + "|" + part + "|" + label;
    }
}
