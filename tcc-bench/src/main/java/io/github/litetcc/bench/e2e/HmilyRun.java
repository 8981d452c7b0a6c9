package io.github.litetcc.bench.e2e;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Runs Hmily's harness ({@code run.sh}, which builds it, starts its own MariaDB and Redis, and writes
 * {@code results/results.tsv} beside itself) with the same counts and thread counts as this run, its output in a
 * file. Whatever its exit, the results file it left (fresh or from an earlier run) is what is compared.
 */
final class HmilyRun {

    private HmilyRun() {
    }

    static Path run(Path script, E2eOptions options, PrintStream out) throws Exception {
        Path results = script.toAbsolutePath().getParent().resolve("results").resolve("results.tsv");
        if (!Files.isRegularFile(script)) {
            out.println("Hmily: " + script + " does not exist; going on without running it.");
            return results;
        }
        Path log = options.out().toAbsolutePath().resolveSibling("e2e-hmily.log");
        out.println("Hmily: running " + script + " (output in " + log + "); this takes long at full counts");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WARMUP", Integer.toString(options.warmup()));
        builder.environment().put("MEASURE", Integer.toString(options.measure()));
        builder.environment().put("THREADS", options.threads().stream().map(String::valueOf).collect(Collectors.joining(",")));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            out.println("Hmily: run.sh exited with " + exit + " (see " + log + "); comparing with the results file it left, if any.");
        }
        return results;
    }
}
