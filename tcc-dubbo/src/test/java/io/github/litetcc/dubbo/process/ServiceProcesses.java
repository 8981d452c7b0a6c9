package io.github.litetcc.dubbo.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The service JVMs of one test class: started on free loopback ports with the test class path, output to one
 * file each, killed with {@code kill -9} ({@link Process#destroyForcibly()}) by a test or at the end.
 */
final class ServiceProcesses implements AutoCloseable {
    /** The services and the port each listens on. */
    enum Role { WALLET, STOCK, COURIER, ORDER, SECOND_ORDER }

    private final String prefix;
    private final Path directory;
    private final String log;
    private final Map<Role, Integer> ports = new EnumMap<>(Role.class);
    private final Map<Role, Process> running = new EnumMap<>(Role.class);
    private final List<Process> all = new ArrayList<>();

    ServiceProcesses(String prefix, String log) throws IOException {
        this.prefix = prefix;
        this.log = log;
        this.directory = Files.createTempDirectory("tcc-processes");
        for (Role role : Role.values()) {
            ports.put(role, io.github.litetcc.dubbo.FreePorts.next());
        }
    }

    int port(Role role) {
        return ports.get(role);
    }

    /** Starts {@code role} (replacing a killed instance on the same port) and waits until it serves. */
    void start(Role role, String... faults) {
        Path output = directory.resolve(role.name().toLowerCase() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ServiceMain.class.getName(),
                "role=" + (role == Role.SECOND_ORDER ? "order" : role.name().toLowerCase()), "port=" + port(role), "prefix=" + prefix,
                "log=" + log, "wallet=" + port(Role.WALLET), "stock=" + port(Role.STOCK), "courier=" + port(Role.COURIER)));
        command.addAll(List.of(faults));
        try {
            Files.writeString(output, "");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            all.add(process);
            running.put(role, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitOutput(role, "READY");
    }

    /** Waits until {@code role}'s output holds {@code text}. */
    void awaitOutput(Role role, String text) {
        Path output = directory.resolve(role.name().toLowerCase() + ".log");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Process process = running.get(role);
            String seen = Files.readString(output);
            if (!process.isAlive() && !seen.contains(text)) {
                throw new IllegalStateException(role + " exited before printing '" + text + "':\n" + seen);
            }
            return seen.contains(text);
        });
    }

    /** {@code kill -9} of {@code role}, waiting (bounded) until it is gone. */
    void kill(Role role) throws InterruptedException {
        Process process = running.remove(role);
        process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Waits (bounded) until {@code role} ended by itself, as a halting process does. */
    void awaitExit(Role role) throws InterruptedException {
        running.get(role).waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        running.remove(role);
    }

    @Override
    public void close() {
        all.forEach(Process::destroyForcibly);
    }
}
