package io.github.litetcc.bench.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The side-by-side table with Hmily, from the {@code results.tsv} its harness writes (one row per repository,
 * scenario and thread count). Hmily has no fence, so only LiteTCC's fence-off rows are paired: MariaDB synchronous
 * phase 2 with Hmily's synchronous MySQL log, asynchronous with its default asynchronous log, Redis (both modes)
 * with its Redis log (asynchronous, the only one it has), plain-2 with its plain row. The ratio is LiteTCC's
 * completed throughput over Hmily's client-side figure (Hmily's own completed figure is shown beside it). Because the
 * two runs may be taken under different machine load, a second ratio divides each side by its own run's plain-2
 * baseline at the same thread count first.
 */
final class HmilyComparison {
    private static final Map<String, String> PAIRS = Map.of("MariaDB/sync", "mysql-sync", "MariaDB/async", "mysql",
            "Redis/sync", "redis", "Redis/async", "redis", "plain Dubbo/-", "mysql");

    /** One row of Hmily's results: its log variant, scenario, threads, client tx/s, tx/s including drain, and check. */
    record HmilyRow(String variant, String scenario, int threads, double clientTps, String completedTps, String check) {
    }

    private HmilyComparison() {
    }

    static List<HmilyRow> read(Path resultsTsv) throws IOException {
        List<HmilyRow> rows = new ArrayList<>();
        for (String line : Files.readAllLines(resultsTsv)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 17 && f[2].matches("\\d+")) {
                rows.add(new HmilyRow(f[16], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[5]), f[10].equals("-1") ? "-" : f[10],
                        f[15].length() > 40 ? f[15].substring(0, 40) + "…" : f[15]));
            }
        }
        return rows;
    }

    /** (ours / our plain-2) over (theirs / their plain), at the same thread count; "-" without both baselines. */
    private static String normalised(Row row, HmilyRow theirs, List<Row> ours, List<HmilyRow> hmily) {
        Optional<Row> ourPlain = ours.stream().filter(r -> r.scenario() == Scenario.PLAIN_2 && r.threads() == row.threads()).findFirst();
        Optional<HmilyRow> theirPlain = hmily.stream()
                .filter(h -> h.scenario().equals("plain") && h.variant().equals(theirs.variant()) && h.threads() == row.threads()).findFirst();
        if (ourPlain.isEmpty() || theirPlain.isEmpty()) {
            return "-";
        }
        double ratio = (row.completedTps() / ourPlain.get().completedTps()) / (theirs.clientTps() / theirPlain.get().clientTps());
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static void print(List<Row> ours, List<HmilyRow> theirs, PrintStream out) {
        out.println("| LiteTCC log | phase 2 | scenario | threads | LiteTCC tx/s (completed) | LiteTCC check | Hmily log | Hmily tx/s (client)"
                + " | Hmily tx/s incl. drain | Hmily check | ratio LiteTCC/Hmily | ratio, each over its plain-2 |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : ours) {
            if (row.fence().equals("on")) {
                continue;
            }
            String variant = PAIRS.get(row.log() + "/" + row.phaseTwo());
            String scenario = row.scenario() == Scenario.PLAIN_2 ? "plain" : row.scenario().label();
            Optional<HmilyRow> match = variant == null ? Optional.empty() : theirs.stream()
                    .filter(h -> h.variant().equals(variant) && h.scenario().equals(scenario) && h.threads() == row.threads()).findFirst();
            match.ifPresent(h -> out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.0f | %s | %s | %.0f | %s | %s | %.2f× | %s |%n", row.log(),
                    row.phaseTwo(), row.scenario().label(), row.threads(), row.completedTps(), row.check(), h.variant(), h.clientTps(),
                    h.completedTps(), h.check(), row.completedTps() / h.clientTps(), normalised(row, h, ours, theirs)));
        }
    }
}
