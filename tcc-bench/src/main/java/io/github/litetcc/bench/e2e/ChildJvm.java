package io.github.litetcc.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of the harness started on this JVM's class path, its output in a file (a full pipe would stall it), ready
 * once a given line appears there. Closing it closes its standard input (the participants stop on that), waits a
 * little, then kills it; {@link #kill()} is the crash run's {@code kill -9}.
 */
final class ChildJvm implements AutoCloseable {
    private static final String[] FLAGS = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC"};
    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildJvm start(Class<?> main, Path output, String readyLine, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(FLAGS));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        ChildJvm child = new ChildJvm(process, output);
        child.awaitLine(readyLine, 120);
        return child;
    }

    /** Waits up to {@code seconds} for {@code line} in the output; throws, naming the output file, if the child died first. */
    void awaitLine(String line, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!output().contains(line)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The child JVM " + (process.isAlive() ? "did not print '" + line + "' in time"
                        : "died") + "; its output is in " + output.toAbsolutePath());
            }
            Thread.sleep(100);
        }
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: the process ends at once, nothing of it runs any more. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits up to {@code seconds} for the child to exit by itself. */
    boolean awaitExit(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            System.err.println("closing the child's input: " + e.getMessage());
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
