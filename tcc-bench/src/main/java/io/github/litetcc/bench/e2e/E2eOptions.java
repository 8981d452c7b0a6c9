package io.github.litetcc.bench.e2e;

import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The end-to-end command's options, each {@code --name=value} or the environment variable {@code E2E_NAME}
 * (upper case, {@code -} as {@code _}); the option wins. Lists are comma-separated and filter the matrix.
 *
 * @param warmup       transactions before the measured runs of a row (2,000)
 * @param measure      transactions per measured run (20,000)
 * @param repeats      measured runs per row, the median reported (3)
 * @param logs         which starter logs to run (memory, h2, mariadb, postgresql, redis; plain Dubbo rows come with "plain")
 * @param threads      which client thread counts to keep (1, 8, 32)
 * @param scenarios    which scenarios to keep
 * @param fences       fence off and/or on
 * @param phaseTwo     sync and/or async
 * @param inProcess    participants in this JVM (the test) instead of a JVM of their own ({@code --participants=in-process})
 * @param splitParticipants account and inventory each in a JVM of its own, three JVMs in all ({@code --participants=jvms})
 * @param out          the table's file (a Markdown table; the same rows as TSV beside it)
 * @param hmilyScript  Hmily's {@code run.sh}, run before the table when given ({@code --hmily} or {@code HMILY_RUN_SH})
 * @param hmilyResults an existing Hmily {@code results.tsv} to compare with without running Hmily
 * @param crashKillAfterSeconds crash run: seconds of load before the kill (5)
 * @param crashThreads crash run: client threads (8)
 * @param crashLog     crash run and backlog run: the log stores (mariadb,redis)
 * @param backlog      recovery backlog run: records left CONFIRMING (100,000)
 * @param jdbcWritesPerCommit the JDBC logs' {@code maxWritesPerCommit} (the module's default, 32; 1 turns group commit off)
 * @param backgroundFinish whether the starter finishes completed records behind the caller, in batches (on, the default)
 */
record E2eOptions(int warmup, int measure, int repeats, Set<String> logs, Set<Integer> threads, Set<Scenario> scenarios,
                  Set<String> fences, Set<String> phaseTwo, boolean inProcess, boolean splitParticipants, Path out, Optional<Path> hmilyScript,
                  Optional<Path> hmilyResults, int crashKillAfterSeconds, int crashThreads, Set<LogStore> crashLog, int backlog,
                  int jdbcWritesPerCommit, boolean backgroundFinish) {

    E2eOptions {
        Matrix.validate(logs, fences, phaseTwo);
    }

    static E2eOptions parse(Map<String, String> environment, String... args) {
        Map<String, String> given = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("E2E_")) {
                given.put(name.substring(4).toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        if (environment.containsKey("HMILY_RUN_SH")) {
            given.putIfAbsent("hmily", environment.get("HMILY_RUN_SH"));
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Set<String> known = Set.of("warmup", "measure", "repeats", "logs", "threads", "scenarios", "fence", "phase2", "participants",
                "out", "hmily", "hmily-results", "crash-kill-after", "crash-threads", "crash-log", "backlog", "jdbc-writes-per-commit",
                "background-finish");
        given.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
        });
        return new E2eOptions(number(given, "warmup", 2000, 0), number(given, "measure", 20_000, 1), number(given, "repeats", 3, 1),
                list(given, "logs", "plain,memory,h2,mariadb,postgresql,redis", s -> s), list(given, "threads", "1,8,32", Integer::valueOf),
                list(given, "scenarios", "plain-2,plain-4,commit,rollback", Scenario::parse), list(given, "fence", "off,on", s -> s),
                list(given, "phase2", "sync,async", s -> s), "in-process".equals(participants(given)), "jvms".equals(participants(given)),
                Path.of(given.getOrDefault("out", "target/e2e-results.md")), Optional.ofNullable(given.get("hmily")).map(Path::of),
                Optional.ofNullable(given.get("hmily-results")).map(Path::of), number(given, "crash-kill-after", 5, 1),
                number(given, "crash-threads", 8, 1), list(given, "crash-log", "mariadb,redis", LogStore::parse),
                number(given, "backlog", 100_000, 1),
                number(given, "jdbc-writes-per-commit", JdbcRepositoryConfig.DEFAULT.maxWritesPerCommit(), 1),
                onOff(given, "background-finish", PhaseTwoConfig.DEFAULT.backgroundFinish()));
    }

    private static String participants(Map<String, String> given) {
        String value = given.getOrDefault("participants", "jvm");
        if (!Set.of("jvm", "jvms", "in-process").contains(value)) {
            throw new IllegalArgumentException("--participants must be jvm, jvms or in-process, got '" + value + "'");
        }
        return value;
    }

    private static boolean onOff(Map<String, String> given, String name, boolean fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        if (!Set.of("on", "off").contains(text)) {
            throw new IllegalArgumentException("--" + name + " must be on or off, got '" + text + "'");
        }
        return text.equals("on");
    }

    private static int number(Map<String, String> given, String name, int fallback, int min) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim().replace("_", ""));
            if (value < min) {
                throw new IllegalArgumentException("--" + name + " must be at least " + min + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + text + "'", e);
        }
    }

    private static <T> Set<T> list(Map<String, String> given, String name, String fallback, Function<String, T> parse) {
        List<String> items = Arrays.stream(given.getOrDefault(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " must name at least one value");
        }
        try {
            return items.stream().map(parse).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must list whole numbers, got '" + given.get(name) + "'", e);
        }
    }
}
