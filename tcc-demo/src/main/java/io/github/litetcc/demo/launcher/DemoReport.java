package io.github.litetcc.demo.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one demo run: what the client was told, what the databases hold, the recoveries, the timings and
 * the invariants checked.
 *
 * @param loadTime   Wall time of placing the orders, faults included.
 * @param unanswered Orders the client got no answer for (the service died), with their final status.
 */
record DemoReport(DemoOptions options, LoadResults results, Map<String, Long> ordersByStatus, Map<String, String> unanswered,
                  long recoveryAttempts, Duration loadTime, List<String> events, List<Check> checks) {

    boolean invariantsHold() {
        return checks.stream().allMatch(Check::holds);
    }
}
