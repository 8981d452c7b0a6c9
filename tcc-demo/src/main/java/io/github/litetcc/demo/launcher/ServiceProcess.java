package io.github.litetcc.demo.launcher;

import io.github.litetcc.demo.service.ServiceMain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service of the demo in a JVM of its own, its output appended to {@code <dir>/<name>.log} (never a pipe, which
 * could fill and stall it). {@link #start} waits until the service prints that it is ready; {@link #kill} is a
 * {@code kill -9}; every wait is bounded.
 */
final class ServiceProcess {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private final String name;
    private final String mainClass;
    private final Path output;
    private Process process;
    private long outputStart;

    ServiceProcess(String name, String mainClass, Path dir) {
        this.name = name;
        this.mainClass = mainClass;
        this.output = dir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    /** Launches the service with {@code arguments} (Spring {@code --key=value} settings) without waiting for it. */
    synchronized void launch(List<String> arguments) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("service " + name + " is running already");
        }
        outputStart = Files.exists(output) ? Files.size(output) : 0;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
    }

    /** Waits until the service launched last printed that it is ready. */
    void awaitReady() throws InterruptedException {
        awaitLine(ServiceMain.READY + name, START_TIMEOUT);
    }

    /** Waits until the current instance printed a line starting with {@code line}. */
    void awaitLine(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!currentOutput().contains(line)) {
            if (!isAlive()) {
                throw new IllegalStateException("service " + name + " stopped before printing '" + line + "'; see " + output);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("service " + name + " did not print '" + line + "' within " + timeout + "; see " + output);
            }
            Thread.sleep(100);
        }
    }

    /** Whether the current instance printed {@code line}. */
    boolean printed(String line) {
        return currentOutput().contains(line);
    }

    /** Kills the service as {@code kill -9} would, and waits until it is gone. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Asks the service to stop, and kills it if it has not within 20 seconds. */
    synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path output() {
        return output;
    }

    private String currentOutput() {
        try {
            byte[] bytes = Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
            int from = (int) Math.min(outputStart, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
