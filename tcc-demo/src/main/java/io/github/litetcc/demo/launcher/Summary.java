package io.github.litetcc.demo.launcher;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Prints a {@link DemoReport} for a person: the orders, the recoveries, throughput and latency, the invariants. */
final class Summary {
    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(DemoReport report) {
        printOrders(report);
        out.println("Faults and recovery");
        report.events().forEach(event -> out.println("  " + event));
        out.printf("  recoveries          %d records driven by the order service's recovery (all its instances)%n", report.recoveryAttempts());
        printTimings(report);
        out.println("Invariants (checked in the databases after every service stopped)");
        report.checks().forEach(check -> out.printf("  %-4s %s%n       %s%n", check.holds() ? "ok" : "FAIL", check.invariant(), check.found()));
        out.println(report.invariantsHold() ? "All invariants hold." : "AN INVARIANT FAILED.");
    }

    private void printOrders(DemoReport report) {
        LoadResults results = report.results();
        Map<String, Long> db = report.ordersByStatus();
        int answered = results.paid() + results.refused() + results.failedTechnically();
        int placed = answered + report.unanswered().size();
        out.println();
        out.println("Orders (as the order database has them at the end)");
        out.printf("  paid                %d%n", db.getOrDefault("PAID", 0L));
        out.printf("  failed              %d   (refused by a business rule: %d%s; a service down during the try: %d)%n",
                db.getOrDefault("FAILED", 0L), results.refused(), reasons(results.reasons()), results.failedTechnically());
        out.printf("  still open          %d   (PAYING: must be 0)%n", db.getOrDefault("PAYING", 0L));
        out.printf("  placed              %d   (%d by the client threads, %d by the fault injection: held and probe orders)%n",
                placed, report.options().orders(), placed - report.options().orders());
        out.printf("  no answer           %d   (the order service died under them): %s%n", report.unanswered().size(),
                tally(report.unanswered()));
    }

    private void printTimings(DemoReport report) {
        long[] micros = report.results().sortedMicros();
        double seconds = report.loadTime().toMillis() / 1000.0;
        out.println("Performance (client side, faults included)");
        out.printf("  throughput          %.1f orders/s (%d orders in %.1f s)%n", report.options().orders() / seconds, report.options().orders(), seconds);
        if (micros.length > 0) {
            out.printf("  latency             p50 %s  p90 %s  p99 %s  max %s%n", millis(micros, 0.50), millis(micros, 0.90),
                    millis(micros, 0.99), millis(micros, 1.0));
        }
    }

    private static String millis(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.0f ms", sorted[Math.max(0, index)] / 1000.0);
    }

    private static String reasons(Map<String, String> reasons) {
        StringBuilder text = new StringBuilder();
        reasons.forEach((reason, count) -> text.append(text.length() == 0 ? " — " : ", ").append(reason).append(' ').append(count));
        return text.toString();
    }

    private static String tally(Map<String, String> statuses) {
        Map<String, Long> counts = new TreeMap<>();
        statuses.values().forEach(status -> counts.merge(status, 1L, Long::sum));
        return statuses.isEmpty() ? "none" : "now " + counts;
    }
}
