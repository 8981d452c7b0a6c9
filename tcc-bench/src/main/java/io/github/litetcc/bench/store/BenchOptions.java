package io.github.litetcc.bench.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What to run, from {@code --name=value} arguments (every one optional; the defaults are the documented run).
 *
 * @param servers    {@code --servers=mariadb,postgresql,redis}
 * @param parts      {@code --parts=protocol,recovery,fence,shapes}
 * @param rounds     {@code --rounds=3}: each part is measured this many times, the report takes the medians
 * @param warmup     {@code --warmup=2000}: unrecorded iterations per round (protocol and fence)
 * @param iterations {@code --iterations=2000}: recorded iterations per round (protocol and fence)
 * @param passes     {@code --passes=200}: recorded recovery passes per round (after a fifth as many unrecorded)
 * @param largeLog   {@code --large-log=1000000} records
 * @param smallLog   {@code --small-log=1000} records
 * @param due        {@code --due=100} due records in each log, and the pass's limit
 * @param payload    {@code --payload=256}: bytes of serialized try arguments per branch
 */
record BenchOptions(Set<ServerKind> servers, Set<Part> parts, int rounds, int warmup, int iterations, int passes,
                    int largeLog, int smallLog, int due, int payload) {

    BenchOptions {
        require(rounds >= 1 && warmup >= 0 && iterations >= 1 && passes >= 1 && payload >= 0, "counts must be positive");
        require(due >= 1 && smallLog > due && largeLog > due, "each log must hold more records than --due");
        require(!servers.isEmpty() && !parts.isEmpty(), "--servers and --parts must name at least one");
    }

    static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            require(arg.startsWith("--") && equals > 2, "arguments look like --name=value, got '" + arg + "'");
            given.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        BenchOptions options = new BenchOptions(servers(given.remove("servers")), parts(given.remove("parts")),
                number(given, "rounds", 3), number(given, "warmup", 2000), number(given, "iterations", 2000),
                number(given, "passes", 200), number(given, "large-log", 1_000_000), number(given, "small-log", 1000),
                number(given, "due", 100), number(given, "payload", 256));
        require(given.isEmpty(), "unknown options " + given.keySet());
        return options;
    }

    private static Set<ServerKind> servers(String list) {
        Set<ServerKind> out = new LinkedHashSet<>();
        Arrays.stream((list == null ? "mariadb,postgresql,redis" : list).split(",")).map(ServerKind::parse).forEach(out::add);
        return out;
    }

    private static Set<Part> parts(String list) {
        Set<Part> out = EnumSet.noneOf(Part.class);
        Arrays.stream((list == null ? "protocol,recovery,fence,shapes" : list).split(",")).map(Part::parse).forEach(out::add);
        return out;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Bad benchmark options: " + problem);
        }
    }
}
