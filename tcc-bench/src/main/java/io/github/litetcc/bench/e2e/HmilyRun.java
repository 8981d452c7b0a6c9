package io.github.litetcc.bench.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs Hmily's harness ({@code run.sh}, which builds it, starts its own MariaDB and Redis, and writes
 * {@code target/} and {@code results/results.tsv} beside itself) with the same counts and thread counts as this run,
 * its output in a file. It always runs from a scratch copy of its directory, so the peer's own files (its published
 * {@code results.tsv} among them) are never overwritten. Whatever its exit, the copy's results file (fresh, or the
 * one copied if the run wrote none) is what is compared.
 */
final class HmilyRun {

    private HmilyRun() {
    }

    static Path run(Path script, E2eOptions options, PrintStream out) throws Exception {
        Path given = script.toAbsolutePath().normalize();
        if (!Files.isRegularFile(given)) {
            out.println("Hmily: " + given + " does not exist; going on without running it.");
            return given.getParent().resolve("results").resolve("results.tsv");
        }
        Path runnable = scratchCopy(given, out);
        Path results = runnable.getParent().resolve("results").resolve("results.tsv");
        Path log = options.out().toAbsolutePath().resolveSibling("e2e-hmily.log");
        out.println("Hmily: running " + runnable + " (output in " + log + "); this takes long at full counts");
        ProcessBuilder builder = new ProcessBuilder("bash", runnable.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WARMUP", Integer.toString(options.warmup()));
        builder.environment().put("MEASURE", Integer.toString(options.measure()));
        builder.environment().put("THREADS", options.threads().stream().map(String::valueOf).collect(Collectors.joining(",")));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            out.println("Hmily: run.sh exited with " + exit + " (see " + log + "); comparing with the results file it left, if any.");
        }
        return results;
    }

    /**
     * The script in a scratch copy of its directory (its build output left out): the peer's own directory, and the
     * results file it holds, are never written, even by a user allowed to write there.
     */
    private static Path scratchCopy(Path script, PrintStream out) throws IOException {
        Path home = script.getParent();
        Path copy = Files.createTempDirectory("hmily-peer-");
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(path -> !path.startsWith(home.resolve("target"))).forEach(path -> copyInto(home, copy, path));
        }
        out.println("Hmily: running a copy of " + home + " in " + copy + " (the original is left as it is)");
        return copy.resolve(script.getFileName());
    }

    private static void copyInto(Path home, Path copy, Path path) {
        Path target = copy.resolve(home.relativize(path).toString());
        try {
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy Hmily's harness file " + path + " to " + target, e);
        }
    }
}
