package io.github.litetcc.redis;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code redis-server} and {@code redis-cli} on the PATH, or fails saying how to install them. */
final class RedisBinaries {

    private RedisBinaries() {
    }

    static String server() {
        return find("redis-server");
    }

    static String cli() {
        return find("redis-cli");
    }

    private static String find(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("'" + name + "' is not on the PATH: the Sentinel and cluster tests start their own"
                + " Redis servers. Install it with: apt-get install -y redis-server");
    }
}
