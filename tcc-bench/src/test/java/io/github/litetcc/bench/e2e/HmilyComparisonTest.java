package io.github.litetcc.bench.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HmilyComparisonTest {

    @Test
    void pairsFenceOffRowsWithHmilysVariantAndDividesByItsClientThroughput(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("results.tsv");
        Files.writeString(tsv, String.join("\n",
                row("mysql", "plain", 1, 2000, "OK", "mysql-sync"),
                row("mysql", "commit", 1, 200, "OK", "mysql-sync"),
                row("mysql", "commit", 1, 500, "OK", "mysql")) + "\n");
        List<Row> ours = List.of(
                row("plain Dubbo", "-", "-", Scenario.PLAIN_2, 1000),
                row("MariaDB", "off", "sync", Scenario.COMMIT, 300),
                row("MariaDB", "on", "sync", Scenario.COMMIT, 100));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        HmilyComparison.print(ours, HmilyComparison.read(tsv), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("| MariaDB | sync | commit | 1 | 300 | OK | mysql-sync | 200 | 200 | OK | 1.50× | 3.00× |");
        assertThat(table).doesNotContain("| 100 |");
    }

    private static String row(String repo, String scenario, int threads, int tps, String check, String label) {
        return String.join("\t", repo, scenario, Integer.toString(threads), "20000", "1.0", Integer.toString(tps), "1", "2", "3", "0",
                Integer.toString(tps), "20000", "0", "0", "0", check, label);
    }

    private static Row row(String log, String fence, String phaseTwo, Scenario scenario, double tps) {
        return new Row(log, fence, phaseTwo, scenario, 1, 20000, tps, tps, 1, 2, 3, 0, 4, 4, "OK");
    }
}
