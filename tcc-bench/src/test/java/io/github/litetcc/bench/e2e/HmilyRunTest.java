package io.github.litetcc.bench.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HmilyRunTest {

    @Test
    void runsTheHarnessFromAScratchCopyLeavingItsPublishedResultsAsTheyWere(@TempDir Path dir) throws Exception {
        Path peer = Files.createDirectories(dir.resolve("peer"));
        Files.createDirectories(peer.resolve("results"));
        Files.writeString(peer.resolve("results").resolve("results.tsv"), "published\n");
        Path script = peer.resolve("run.sh");
        Files.writeString(script, """
                cd "$(dirname "$0")"
                echo "fresh $WARMUP $MEASURE $THREADS" > results/results.tsv
                """);
        E2eOptions options = E2eOptions.parse(Map.of(), "--warmup=3", "--measure=40", "--threads=1,8",
                "--out=" + dir.resolve("out").resolve("e2e-results.md"));
        Files.createDirectories(dir.resolve("out"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Path results = HmilyRun.run(script, options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(Files.readString(peer.resolve("results").resolve("results.tsv"))).isEqualTo("published\n");
            assertThat(results.startsWith(peer)).as("results read from the copy").isFalse();
            assertThat(Files.readString(results)).isEqualTo("fresh 3 40 1,8\n");
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("running a copy of " + peer);
        } finally {
            try (Stream<Path> files = Files.walk(results.getParent().getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
