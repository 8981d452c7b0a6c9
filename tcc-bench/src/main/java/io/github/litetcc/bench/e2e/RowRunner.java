package io.github.litetcc.bench.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs one row: a warm-up, then {@code repeats} measured runs, each from zeroed counters, waited for until phase 2
 * drained (counted in the completed throughput) and then until the logs settled, and checked: every counter exact,
 * every client answer as the scenario expects, nothing left unfinished in the starter's log nor in the participants'.
 */
final class RowRunner {
    private static final long DRAIN_TIMEOUT_NANOS = 60_000_000_000L;
    private static final long SETTLE_TIMEOUT_NANOS = 30_000_000_000L;
    private final StarterNode node;
    private final String runId;
    private int batch;

    RowRunner(StarterNode node, String runId) {
        this.node = node;
        this.runId = runId;
    }

    Row run(String log, String fence, String phaseTwo, Scenario scenario, int threads, int warmup, int measure, int repeats)
            throws Exception {
        if (warmup > 0) {
            node.ledger.reset();
            LoadRun.run(node, scenario, threads, warmup, orderPrefix());
            awaitDrained(scenario, warmup);
            awaitSettled(scenario);
        }
        List<Sample> samples = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            samples.add(measureOnce(scenario, threads, measure));
        }
        String failures = String.join(" | ", samples.stream().map(Sample::check).filter(c -> !c.equals("OK")).toList());
        samples.sort(Comparator.comparingDouble(Sample::completedTps));
        Sample median = samples.get(samples.size() / 2);
        LoadRun.Outcome o = median.outcome;
        return new Row(log, fence, phaseTwo, scenario, threads, measure, measure / seconds(o.wallNanos()), median.completedTps(),
                millis(o.percentile(0.50)), millis(o.percentile(0.99)), millis(o.percentile(1.0)), median.drainNanos / 1e6,
                (double) o.syncWrites() / measure, median.writes / (double) measure, failures.isEmpty() ? "OK" : "FAILED " + failures);
    }

    private Sample measureOnce(Scenario scenario, int threads, int measure) throws Exception {
        node.ledger.reset();
        node.log.reset();
        LoadRun.Outcome outcome = LoadRun.run(node, scenario, threads, measure, orderPrefix());
        long drainStart = System.nanoTime();
        boolean drained = awaitDrained(scenario, measure);
        long drain = System.nanoTime() - drainStart;
        int left = awaitSettled(scenario);
        long writes = node.log.totalWrites();
        StringBuilder problems = new StringBuilder(scenario.mismatches(node.ledger.totals(!scenario.transactional()), measure));
        long wrongAnswers = scenario.expectsFailure() ? outcome.ok() : outcome.failed();
        append(problems, wrongAnswers > 0, "wrong client answers=" + wrongAnswers);
        append(problems, !drained, "phase 2 not drained after 60 s");
        append(problems, left > 0, "starter log unfinished=" + left);
        List<String> participantRecords = scenario.transactional() ? node.ledger.unfinishedRecords() : List.of();
        append(problems, !participantRecords.isEmpty(), "participants' log unfinished=" + participantRecords.size());
        double completed = measure / seconds(outcome.wallNanos() + (drained ? drain : DRAIN_TIMEOUT_NANOS));
        return new Sample(outcome, drain, writes, completed, problems.length() == 0 ? "OK" : problems.toString());
    }

    private boolean awaitDrained(Scenario scenario, int n) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT_NANOS;
        while (true) {
            Map<String, Long> totals = node.ledger.totals(!scenario.transactional());
            if (scenario.drained(totals, n)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
    }

    /** Waits until the starter's log holds nothing unfinished (up to 30 s); returns what is left. */
    private int awaitSettled(Scenario scenario) throws InterruptedException {
        if (!scenario.transactional()) {
            return 0;
        }
        long deadline = System.nanoTime() + SETTLE_TIMEOUT_NANOS;
        int left = node.unfinished();
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = node.unfinished();
        }
        return left;
    }

    private String orderPrefix() {
        return runId + "-" + (batch++) + "-";
    }

    private static void append(StringBuilder problems, boolean wrong, String problem) {
        if (wrong) {
            problems.append(problems.length() == 0 ? "" : ";").append(problem);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private record Sample(LoadRun.Outcome outcome, long drainNanos, long writes, double completedTps, String check) {
    }
}
