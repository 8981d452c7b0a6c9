package io.github.litetcc.bench.e2e;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The crash run, per log store: a participants JVM (fence off, business state in memory with every order's state),
 * a starter JVM exporting the order service with default settings, and a load client JVM ({@link LoadClient}) with
 * 8 threads. After a few seconds of load the starter is killed ({@code kill -9}), the client stopped, the starter
 * restarted on the same log; then the log is watched until nothing is unfinished. Checked: every acknowledged order
 * ends confirmed on both participants, no order is split (one side confirmed, the other not), none is left frozen
 * (a try never confirmed nor cancelled), and the time from the restart until every in-flight transaction finished.
 */
final class CrashRun {
    private static final int SETTLE_TIMEOUT_SECONDS = 120;

    private CrashRun() {
    }

    static boolean run(E2eOptions options, String runId, PrintStream out) throws Exception {
        boolean passed = true;
        for (LogStore store : options.crashLog()) {
            passed &= runOne(options, store, runId + store.name().toLowerCase(Locale.ROOT).charAt(0), out);
        }
        return passed;
    }

    private static boolean runOne(E2eOptions options, LogStore store, String runId, PrintStream out) throws Exception {
        Path dir = options.out().toAbsolutePath().resolveSibling("e2e-crash-" + runId);
        Files.createDirectories(dir);
        Path acks = dir.resolve("acknowledged.txt");
        int participantsPort = DubboRuntime.freePort();
        int starterPort = DubboRuntime.freePort();
        String[] starterArgs = {Integer.toString(participantsPort), Integer.toString(starterPort), store.name(), runId};
        try (LogStore.OpenLog log = store.open(runId);
             ChildJvm participants = ChildJvm.start(ParticipantsNode.class, dir.resolve("participants.log"), "PARTICIPANTS READY",
                     Integer.toString(participantsPort), "off", runId);
             DubboRuntime dubbo = new DubboRuntime("bench-crash-check", 0)) {
            ChildJvm starter = ChildJvm.start(StarterProcess.class, dir.resolve("starter-1.log"), "STARTER READY", starterArgs);
            ChildJvm client = null;
            long killedAt;
            try {
                client = ChildJvm.start(LoadClient.class, dir.resolve("client.log"), "CLIENT STARTED", Integer.toString(starterPort),
                        Integer.toString(options.crashThreads()), acks.toString(), runId);
                Thread.sleep(options.crashKillAfterSeconds() * 1000L);
            } finally {
                starter.kill();
                killedAt = System.nanoTime();
                if (client != null) {
                    client.close();
                }
            }
            int atRestart = unfinished(log);
            long restartedAt;
            try (ChildJvm restarted = ChildJvm.start(StarterProcess.class, dir.resolve("starter-2.log"), "STARTER READY", starterArgs)) {
                restartedAt = System.nanoTime();
                long settledAt = awaitSettled(log, restartedAt);
                dubbo.start();
                LedgerService ledger = dubbo.reference(LedgerService.class, participantsPort, 30_000);
                return report(store, out, client.output(), Files.readAllLines(acks), ledger, atRestart,
                        settledAt < 0 ? -1 : (settledAt - restartedAt) / 1e9, settledAt < 0 ? -1 : (settledAt - killedAt) / 1e9);
            }
        }
    }

    private static int unfinished(LogStore.OpenLog log) {
        return log.repository().list(io.github.litetcc.spi.TransactionQuery.unfinished(io.github.litetcc.spi.TransactionQuery.MAX_LIMIT))
                .items().size();
    }

    /** Polls the log until nothing is unfinished; the time it happened, or -1 after the timeout. */
    private static long awaitSettled(LogStore.OpenLog log, long from) throws InterruptedException {
        long deadline = from + SETTLE_TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (unfinished(log) == 0) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static boolean report(LogStore store, PrintStream out, String clientOutput, List<String> ackLines, LedgerService ledger,
                                  int atRestart, double restartToSettled, double killToSettled) {
        Map<String, String> states = ledger.orderStates();
        Map<String, Long> totals = ledger.totals(false);
        Set<String> acknowledged = new HashSet<>();
        ackLines.stream().filter(line -> !line.isBlank()).forEach(line -> acknowledged.add(line.substring(line.indexOf(' ') + 1)));
        long ackNotConfirmed = acknowledged.stream().filter(order -> !"confirmed/confirmed".equals(states.get(order))).count();
        long split = states.values().stream().filter(s -> s.contains("confirmed") && !s.equals("confirmed/confirmed")).count();
        long frozen = states.values().stream().filter(s -> s.contains("tried")).count();
        long confirmed = states.values().stream().filter("confirmed/confirmed"::equals).count();
        long held = totals.get("account.held") + totals.get("inventory.held");
        long violations = totals.get("account.violations") + totals.get("inventory.violations");
        boolean passed = restartToSettled >= 0 && ackNotConfirmed == 0 && split == 0 && frozen == 0 && held == 0 && violations == 0;
        out.printf(Locale.ROOT, "CRASH %s log: %s%n", store.label(), passed ? "OK" : "FAILED");
        out.printf(Locale.ROOT, "  orders seen by the participants %d, acknowledged to the client %d, confirmed on both %d%n", states.size(),
                acknowledged.size(), confirmed);
        out.printf(Locale.ROOT, "  unfinished records at restart %d; restart -> all finished %s s; kill -> all finished %s s%n", atRestart,
                restartToSettled < 0 ? "TIMEOUT(" + SETTLE_TIMEOUT_SECONDS + ")" : Row.number(restartToSettled, 1),
                killToSettled < 0 ? "-" : Row.number(killToSettled, 1));
        out.printf(Locale.ROOT, "  acknowledged but not confirmed %d, split %d, left frozen %d (held amount %d), violations %d,"
                + " duplicate deliveries absorbed %d%n", ackNotConfirmed, split, frozen, held, violations,
                totals.get("account.duplicates") + totals.get("inventory.duplicates"));
        out.println("  client: " + clientOutput.lines().filter(l -> l.startsWith("CLIENT DONE")).findFirst().orElse("(no summary)"));
        return passed;
    }
}
