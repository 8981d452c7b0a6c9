package io.github.litetcc.bench.e2e;

import java.util.Locale;

/**
 * One row of the results: a configuration, a scenario, a thread count, the median of its repeats by completed
 * throughput, and the check (OK, or FAILED with what was wrong in any repeat).
 */
record Row(String log, String fence, String phaseTwo, Scenario scenario, int threads, int tx, double clientTps, double completedTps,
           double p50Millis, double p99Millis, double maxMillis, double drainMillis, double syncWritesPerTx, double writesPerTx,
           String check) {

    static final String HEADER = "log\tfence\tphase2\tscenario\tthreads\ttx\ttx/s_client\ttx/s_completed\tp50_ms\tp99_ms\tmax_ms"
            + "\tdrain_ms\tsync_writes/tx\twrites/tx\tcheck";

    boolean passed() {
        return check.equals("OK");
    }

    String tsv() {
        return String.join("\t", log, fence, phaseTwo, scenario.label(), Integer.toString(threads), Integer.toString(tx),
                number(clientTps, 0), number(completedTps, 0), number(p50Millis, 2), number(p99Millis, 2), number(maxMillis, 1),
                number(drainMillis, 0), scenario.transactional() ? number(syncWritesPerTx, 2) : "-",
                scenario.transactional() ? number(writesPerTx, 2) : "-", check);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
