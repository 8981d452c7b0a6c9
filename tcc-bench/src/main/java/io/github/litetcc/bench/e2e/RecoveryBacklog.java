package io.github.litetcc.bench.e2e;

final class RecoveryBacklog {
    private RecoveryBacklog() {
    }

    static boolean run(E2eOptions options, String runId, java.io.PrintStream out) {
        return false;
    }
}
