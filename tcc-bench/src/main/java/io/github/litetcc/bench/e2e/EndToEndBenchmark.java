package io.github.litetcc.bench.e2e;

import io.github.litetcc.config.PhaseTwoConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The end-to-end command. {@code matrix} (the default): for the fence off and on, a participants JVM, then for each
 * starter set-up of the {@link Matrix} a fresh LiteTCC on a fresh log in this JVM (the starter/driver), every row run
 * by {@link RowRunner}; prints the table, writes it to {@code --out} (and TSV beside it) and, when Hmily's
 * {@code run.sh} (or an existing {@code results.tsv}) is given, the side-by-side table. {@code crash} and
 * {@code backlog} run {@link CrashRun} and {@link RecoveryBacklog}. Options: {@link E2eOptions}.
 */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 && !args[0].startsWith("--") ? args[0] : "matrix";
        String[] rest = mode.equals("matrix") && (args.length == 0 || args[0].startsWith("--")) ? args
                : java.util.Arrays.copyOfRange(args, 1, args.length);
        E2eOptions options = E2eOptions.parse(System.getenv(), rest);
        boolean passed = switch (mode) {
            case "matrix" -> run(options, System.out).stream().allMatch(Row::passed);
            case "crash" -> CrashRun.run(options, runId(), System.out);
            case "backlog" -> RecoveryBacklog.run(options, runId(), System.out);
            default -> throw new IllegalArgumentException("Unknown mode '" + mode + "': expected matrix, crash or backlog");
        };
        System.exit(passed ? 0 : 1);
    }

    /** Runs the selected matrix and prints (and writes) the tables; returns the rows. */
    static List<Row> run(E2eOptions options, PrintStream out) throws Exception {
        String runId = runId();
        out.printf(Locale.ROOT, "End-to-end run %s: warm-up %d, then %d tx x %d (median), %d cores, %s%n", runId, options.warmup(),
                options.measure(), options.repeats(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        List<Row> rows = new ArrayList<>();
        List<Matrix.Config> configs = Matrix.selected(options);
        for (boolean fenced : new boolean[] {false, true}) {
            List<Matrix.Config> group = configs.stream().filter(c -> c.fenced() == fenced).toList();
            if (!group.isEmpty()) {
                rows.addAll(runGroup(options, runId, fenced, group, out));
            }
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        PrintStream tableOut = new PrintStream(table, true, StandardCharsets.UTF_8);
        printTable(rows, tableOut);
        hmily(options, rows, tableOut);
        out.print(table.toString(StandardCharsets.UTF_8));
        write(options.out(), table.toString(StandardCharsets.UTF_8));
        write(Path.of(options.out() + ".tsv"), Row.HEADER + "\n" + String.join("\n", rows.stream().map(Row::tsv).toList()) + "\n");
        out.println("Written to " + options.out().toAbsolutePath() + " (and .tsv)");
        return rows;
    }

    private static List<Row> runGroup(E2eOptions options, String runId, boolean fenced, List<Matrix.Config> group, PrintStream out)
            throws Exception {
        int port = DubboRuntime.freePort();
        int inventoryPort = options.splitParticipants() ? DubboRuntime.freePort() : port;
        List<Row> rows = new ArrayList<>();
        try (AutoCloseable participants = startParticipants(options, port, fenced, runId, "");
             AutoCloseable inventoryJvm = options.splitParticipants() ? startParticipants(options, inventoryPort, fenced, runId + "i", "-inventory")
                     : () -> { }) {
            for (Matrix.Config config : group) {
                try (LogStore.OpenLog log = config.log().orElse(LogStore.MEMORY).open(runId, options.jdbcWritesPerCommit());
                     StarterNode node = new StarterNode(log.repository(),
                             PhaseTwoConfig.DEFAULT.withAsynchronous(config.asynchronous()).withBackgroundFinish(options.backgroundFinish()),
                             port, inventoryPort, 0)) {
                    RowRunner runner = new RowRunner(node, runId);
                    for (int threads : config.threads()) {
                        for (Scenario scenario : config.scenarios()) {
                            Row row = runner.run(config.logLabel(), config.fenceLabel(), config.phaseTwoLabel(), scenario, threads,
                                    options.warmup(), options.measure(), options.repeats());
                            out.println(row.tsv());
                            rows.add(row);
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static AutoCloseable startParticipants(E2eOptions options, int port, boolean fenced, String runId, String suffix)
            throws Exception {
        if (options.inProcess()) {
            return new ParticipantsNode(port, fenced, runId);
        }
        Path output = options.out().toAbsolutePath().resolveSibling("e2e-participants-" + runId + (fenced ? "-fenced" : "") + suffix + ".log");
        return ChildJvm.start(ParticipantsNode.class, output, "PARTICIPANTS READY", Integer.toString(port), fenced ? "on" : "off", runId);
    }

    static void printTable(List<Row> rows, PrintStream out) {
        out.println();
        out.println("| log | fence | phase 2 | scenario | threads | tx | tx/s client | tx/s completed | p50 ms | p99 ms | max ms | drain ms"
                + " | sync writes/tx | writes/tx | check |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            String[] f = row.tsv().split("\t");
            f[f.length - 1] = f[f.length - 1].length() > 80 ? f[f.length - 1].substring(0, 80) + "…" : f[f.length - 1];
            out.println("| " + String.join(" | ", f) + " |");
        }
        out.println();
    }

    private static void hmily(E2eOptions options, List<Row> rows, PrintStream out) throws Exception {
        Optional<Path> results = options.hmilyResults();
        if (options.hmilyScript().isPresent()) {
            Path script = options.hmilyScript().get();
            results = Optional.of(HmilyRun.run(script, options, out));
        }
        if (results.isEmpty()) {
            out.println("Hmily: not run (give --hmily=<path to its run.sh> or HMILY_RUN_SH, or --hmily-results=<its results.tsv>).");
            return;
        }
        if (!Files.isReadable(results.get())) {
            out.println("Hmily: no results at " + results.get() + "; the side-by-side table is left out.");
            return;
        }
        out.println("Side by side with Hmily (" + results.get() + "):");
        out.println();
        HmilyComparison.print(rows, HmilyComparison.read(results.get()), out);
        out.println();
    }

    static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, text);
    }

    static String runId() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1296), 36);
    }
}
