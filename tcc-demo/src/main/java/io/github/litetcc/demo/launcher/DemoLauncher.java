package io.github.litetcc.demo.launcher;

import java.io.PrintStream;

/**
 * The demo's entry point (the root README's first command runs it): parses the options ({@link DemoOptions}), runs
 * the order-payment system once and prints the summary. Exits 0 when every invariant holds, 1 when one fails, 2 on a
 * bad option, 3 when the run itself broke (a service did not start, say).
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Bad option: " + e.getMessage());
            System.exit(2);
            return;
        }
        out.printf("LiteTCC order-payment demo: %d orders, %d client threads, faults %s, data in %s, log in %s%n", options.orders(),
                options.threads(), options.faults().isEmpty() ? "none" : options.faults(), options.db().name().toLowerCase(),
                options.redisLog() ? "redis" : options.db().name().toLowerCase());
        try {
            DemoReport report = new DemoRun(options, out).run();
            System.exit(report.invariantsHold() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("The demo could not run: " + e);
            e.printStackTrace();
            System.exit(3);
        }
    }
}
