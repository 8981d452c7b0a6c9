package io.github.litetcc.bench.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end harness at tiny counts (seconds; nothing is timed here), LiteTCC only, in-memory log, participants
 * in this JVM on their own Dubbo framework model: every row's check passes and the table is written.
 */
class EndToEndBenchmarkTest {

    @Test
    void runsCommitRollbackAndTheBaselinesWithEveryCheckPassing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("e2e.md");
        E2eOptions options = E2eOptions.parse(Map.of(), "--warmup=20", "--measure=60", "--repeats=1", "--logs=plain,memory",
                "--threads=8", "--fence=off", "--phase2=sync,async", "--participants=in-process", "--out=" + out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<Row> rows = EndToEndBenchmark.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(rows).extracting(Row::scenario).containsExactly(Scenario.PLAIN_2, Scenario.PLAIN_4, Scenario.COMMIT, Scenario.ROLLBACK);
        assertThat(rows).allSatisfy(row -> assertThat(row.check()).as(row.tsv()).isEqualTo("OK"));
        assertThat(rows).filteredOn(row -> row.scenario().transactional()).allSatisfy(row -> assertThat(row.syncWritesPerTx()).isPositive());
        assertThat(Files.readString(out)).contains("| in-memory | off | sync | commit | 8 | 60 |");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Hmily: not run");
    }
}
