package io.github.litetcc.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: processors, memory, load, JVM. Reads {@code /proc} where there is one. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " processors, " + memory() + " memory, JVM "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " on "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1, 5 and 15 minute load averages, or {@code unknown}. */
    static String load() {
        String text = read("/proc/loadavg");
        String[] parts = text.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    private static String memory() {
        return read("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB")
                .findFirst().orElse("unknown");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
