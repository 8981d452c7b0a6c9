package io.github.litetcc.demo.launcher;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one demo run does. From the command line: {@code --orders=300 --threads=6 --faults=participant,starter
 * --db=h2 --log=jdbc --dir=target/demo --port=0 --stay=false}; {@code --faults=none} injects no crash, {@code --log=redis}
 * keeps the order service's transaction log in Redis ({@code TCC_TEST_REDIS_URI}, default {@code redis://127.0.0.1:6379}),
 * {@code --stay=true} keeps the services running after the summary (until Ctrl-C, at most an hour) for orders by hand.
 *
 * @param orders  How many orders the client places (1 to 100,000).
 * @param threads How many client threads place them (1 to 64).
 * @param faults  Which crashes are injected while they flow.
 * @param db      Where the services keep their data.
 * @param redisLog Whether the order service's log is in Redis rather than in its database.
 * @param dir     Where the services' output, the H2 files and the client's journal go.
 * @param port    The order service's HTTP port on 127.0.0.1; 0 picks a free one.
 * @param stay    Whether the services keep running after the summary.
 */
public record DemoOptions(int orders, int threads, Set<Fault> faults, Database db, boolean redisLog, Path dir, int port, boolean stay) {
    /** The defaults: 300 orders from 6 threads, both crashes, H2, the log in H2. */
    public static final DemoOptions DEFAULT = new DemoOptions(300, 6, EnumSet.allOf(Fault.class), Database.H2, false,
            Path.of("target", "demo"), 0, false);

    public DemoOptions {
        require(orders >= 1 && orders <= 100_000, "--orders must be between 1 and 100000, was " + orders);
        require(threads >= 1 && threads <= 64, "--threads must be between 1 and 64, was " + threads);
        faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
        require(db != null && dir != null, "--db and --dir are required");
        require(port >= 0 && port <= 65_535, "--port must be between 0 (a free one) and 65535, was " + port);
    }

    /**
     * Parses {@code --name=value} arguments over the defaults.
     *
     * @throws IllegalArgumentException naming an unknown option or a bad value
     */
    public static DemoOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            require(arg.startsWith("--") && equals > 2, "arguments look like --name=value, was '" + arg + "'");
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        DemoOptions options = DEFAULT;
        for (Map.Entry<String, String> option : values.entrySet()) {
            options = options.with(option.getKey(), option.getValue());
        }
        return options;
    }

    private DemoOptions with(String name, String value) {
        return switch (name) {
            case "orders" -> new DemoOptions(number(name, value), threads, faults, db, redisLog, dir, port, stay);
            case "threads" -> new DemoOptions(orders, number(name, value), faults, db, redisLog, dir, port, stay);
            case "faults" -> new DemoOptions(orders, threads, faults(value), db, redisLog, dir, port, stay);
            case "db" -> new DemoOptions(orders, threads, faults, Database.of(value), redisLog, dir, port, stay);
            case "log" -> new DemoOptions(orders, threads, faults, db, log(value), dir, port, stay);
            case "dir" -> withDir(Path.of(value));
            case "port" -> new DemoOptions(orders, threads, faults, db, redisLog, dir, number(name, value), stay);
            case "stay" -> new DemoOptions(orders, threads, faults, db, redisLog, dir, port, bool(name, value));
            default -> throw new IllegalArgumentException("unknown option --" + name
                    + "; the options are --orders, --threads, --faults, --db, --log, --dir, --port, --stay");
        };
    }

    /** These options with another directory. */
    public DemoOptions withDir(Path value) {
        return new DemoOptions(orders, threads, faults, db, redisLog, value, port, stay);
    }

    private static boolean bool(String name, String value) {
        require(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"), "--" + name + " must be true or false, was '" + value + "'");
        return Boolean.parseBoolean(value);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static Set<Fault> faults(String value) {
        Set<Fault> chosen = EnumSet.noneOf(Fault.class);
        if (value.trim().equalsIgnoreCase("none")) {
            return chosen;
        }
        for (String name : value.split(",")) {
            try {
                chosen.add(Fault.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--faults takes participant, starter (comma-separated) or none, was '" + value + "'", e);
            }
        }
        return chosen;
    }

    private static boolean log(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "jdbc" -> false;
            case "redis" -> true;
            default -> throw new IllegalArgumentException("--log must be jdbc or redis, was '" + value + "'");
        };
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
