package io.github.litetcc.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The matrix: plain Dubbo baselines (2 and 4 calls) at 1, 8 and 32 threads; commit and rollback at 1, 8 and
 * 32 threads with the log on MariaDB and on Redis, at 8 threads on memory, H2 and PostgreSQL; the fence on (MariaDB
 * only) and off; asynchronous phase 2 at 8 threads, and at 1 thread for the comparison with Hmily's asynchronous
 * log. The options filter it.
 */
final class Matrix {
    private static final List<Integer> ALL = List.of(1, 8, 32);
    private static final List<Integer> EIGHT = List.of(8);
    private static final List<Integer> ONE_AND_EIGHT = List.of(1, 8);
    private static final List<Scenario> TCC = List.of(Scenario.COMMIT, Scenario.ROLLBACK);

    /** One starter set-up and the rows it runs. {@code log} is empty for the plain Dubbo baselines. */
    record Config(Optional<LogStore> log, boolean fenced, boolean asynchronous, List<Integer> threads, List<Scenario> scenarios) {
        String logLabel() {
            return log.map(LogStore::label).orElse("plain Dubbo");
        }

        String fenceLabel() {
            return log.isEmpty() ? "-" : fenced ? "on" : "off";
        }

        String phaseTwoLabel() {
            return log.isEmpty() ? "-" : asynchronous ? "async" : "sync";
        }
    }

    private Matrix() {
    }

    static List<Config> full() {
        List<Config> out = new ArrayList<>();
        out.add(new Config(Optional.empty(), false, false, ALL, List.of(Scenario.PLAIN_2, Scenario.PLAIN_4)));
        for (LogStore store : List.of(LogStore.MARIADB, LogStore.REDIS)) {
            out.add(new Config(Optional.of(store), false, false, ALL, TCC));
            out.add(new Config(Optional.of(store), false, true, ONE_AND_EIGHT, TCC));
        }
        for (LogStore store : List.of(LogStore.MEMORY, LogStore.H2, LogStore.POSTGRESQL)) {
            out.add(new Config(Optional.of(store), false, false, EIGHT, TCC));
        }
        out.add(new Config(Optional.of(LogStore.MARIADB), true, false, ALL, TCC));
        out.add(new Config(Optional.of(LogStore.MARIADB), true, true, EIGHT, TCC));
        return out;
    }

    /** The full matrix filtered by the options; set-ups left without a row are dropped. */
    static List<Config> selected(E2eOptions options) {
        List<Config> out = new ArrayList<>();
        for (Config config : full()) {
            String log = config.log().map(store -> store.name().toLowerCase(java.util.Locale.ROOT)).orElse("plain");
            boolean keep = options.logs().contains(log) && options.fences().contains(config.fenced() ? "on" : "off")
                    && (config.log().isEmpty() || options.phaseTwo().contains(config.asynchronous() ? "async" : "sync"));
            List<Integer> threads = config.threads().stream().filter(options.threads()::contains).toList();
            List<Scenario> scenarios = config.scenarios().stream().filter(options.scenarios()::contains).toList();
            if (keep && !threads.isEmpty() && !scenarios.isEmpty()) {
                out.add(new Config(config.log(), config.fenced(), config.asynchronous(), threads, scenarios));
            }
        }
        return out;
    }

    static void validate(Set<String> logs, Set<String> fences, Set<String> phaseTwo) {
        logs.stream().filter(log -> !log.equals("plain")).forEach(LogStore::parse);
        fences.stream().filter(f -> !f.equals("on") && !f.equals("off")).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("--fence takes on and/or off, got '" + f + "'");
        });
        phaseTwo.stream().filter(p -> !p.equals("sync") && !p.equals("async")).findFirst().ifPresent(p -> {
            throw new IllegalArgumentException("--phase2 takes sync and/or async, got '" + p + "'");
        });
    }
}
