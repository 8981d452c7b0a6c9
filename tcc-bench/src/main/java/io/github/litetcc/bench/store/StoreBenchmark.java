package io.github.litetcc.bench.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The benchmark of the log and the fence on real servers. A plain-Java harness rather than JMH: each comparison
 * must interleave its two sides sample by sample on a shared machine, and the recovery part needs a log of a
 * million records filled once; JMH measures benchmark methods one after another. Each part runs warm-up
 * iterations first, then records every sample; a round reports p50/p90/p99, the run repeats rounds and
 * reports the medians.
 *
 * <pre>
 * java -cp tcc-bench/target/benchmarks.jar io.github.litetcc.bench.store.StoreBenchmark [--servers=…] [--parts=…] …
 * </pre>
 * See {@link BenchOptions} for the options, {@link ServerKind} for the connection settings. Everything the run
 * creates carries a fresh run id and is removed at the end.
 */
public final class StoreBenchmark {
    /** Run ids are "b" and six base-36 digits: lower case, as table names need. */
    private static final long MIN_ID = 36L * 36 * 36 * 36 * 36;
    private static final long MAX_ID = MIN_ID * 36;
    private final BenchOptions options;
    private final PrintStream out;
    private final Report report = new Report();

    private StoreBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        run(BenchOptions.parse(args), System.out);
    }

    /** Runs the benchmark under a fresh run id, prints the report to {@code out} and returns the run id. */
    static String run(BenchOptions options, PrintStream out) throws Exception {
        String runId = "b" + Long.toString(ThreadLocalRandom.current().nextLong(MIN_ID, MAX_ID), 36);
        try (OpenStores stores = new OpenStores(options.servers(), runId)) {
            new StoreBenchmark(options, out).run(runId, stores.stores());
        }
        return runId;
    }

    private void run(String runId, List<Store> stores) throws Exception {
        out.println("Run " + runId + " with " + options);
        out.println("- Machine: " + Machine.describe());
        Workload workload = new Workload(options.payload());
        List<ServerSession> sessions = new ArrayList<>();
        for (Store store : stores) {
            ServerSession session = new ServerSession(store, options, workload);
            out.println("- Server: " + session.describe());
            session.prepare(out);
            sessions.add(session);
        }
        for (int round = 1; round <= options.rounds(); round++) {
            out.println("- Round " + round + " starts, load average " + Machine.load());
            for (ServerSession session : sessions) {
                report.add(session.measureRound());
            }
        }
        out.println("- Rounds done, load average " + Machine.load());
        report.print(out);
    }
}
