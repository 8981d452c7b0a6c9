package io.github.litetcc.demo.launcher;

import java.io.PrintStream;

/** A one-line progress bar over the orders placed, redrawn in place; {@link #note} prints an event above it. */
final class Progress {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final int total;
    private int done;
    private int lastDrawn = -1;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    synchronized void step(LoadResults results) {
        done++;
        int filled = done * WIDTH / total;
        if (filled != lastDrawn || done == total) {
            lastDrawn = filled;
            out.printf("\r  [%s%s] %d/%d  %s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, results.tally());
            out.flush();
        }
    }

    synchronized void note(String event) {
        out.printf("%n  > %s%n", event);
        lastDrawn = -1;
    }

    synchronized void finish() {
        out.println();
    }
}
