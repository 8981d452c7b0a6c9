package io.github.litetcc.redis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child process the tests started, its output in a file; stopped explicitly or by a JVM shutdown hook. */
final class LocalProcess {
    private final String name;
    private final Process process;
    private final Path log;

    private LocalProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static LocalProcess start(String name, List<String> command, Path directory) {
        Path log = directory.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LocalProcess started = new LocalProcess(name, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-" + name));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name + " (" + command + "): " + e.getMessage(), e);
        }
    }

    /** Runs a command to completion (at most a minute) and returns its output; fails on a non-zero exit. */
    static String run(String name, List<String> command, Path directory) {
        LocalProcess started = start(name, command, directory);
        try {
            if (!started.process.waitFor(60, TimeUnit.SECONDS)) {
                started.stop();
                throw new IllegalStateException(name + " did not finish within a minute: " + started.output());
            }
            if (started.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + started.process.exitValue() + ": " + started.output());
            }
            return started.output();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.stop();
            throw new IllegalStateException("Interrupted while running " + name, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return java.nio.file.Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
