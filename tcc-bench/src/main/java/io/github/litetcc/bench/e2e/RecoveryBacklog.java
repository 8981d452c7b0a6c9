package io.github.litetcc.bench.e2e;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery backlog run, per log store: {@code --backlog} transactions of two local branches are decided (the log
 * says CONFIRMING) while both participants' confirms fail, so every one is left for recovery. Then one node with the
 * default recovery settings (batch 200, 8 records at once) runs passes back to back until nothing is due and nothing
 * is unfinished; reported: records per second, and whether every confirm arrived exactly once.
 */
final class RecoveryBacklog {
    private static final int LOADERS = 16;

    private RecoveryBacklog() {
    }

    /** The starter of the backlog's transactions. */
    public interface Orders {
        void place(String order);
    }

    /** Places one order on both branches. */
    public static final class Starter implements Orders {
        private final BacklogReservation first;
        private final BacklogReservation second;

        Starter(BacklogReservation first, BacklogReservation second) {
            this.first = first;
            this.second = second;
        }

        @Override
        @Tcc
        public void place(String order) {
            first.reserve(order);
            second.reserve(order);
        }
    }

    static boolean run(E2eOptions options, String runId, PrintStream out) throws Exception {
        boolean passed = true;
        for (LogStore store : options.crashLog()) {
            try (LogStore.OpenLog log = store.open(runId + store.name().toLowerCase(Locale.ROOT).charAt(0))) {
                passed &= runOne(store, log.repository(), options.backlog(), runId, out);
            }
        }
        return passed;
    }

    private static boolean runOne(LogStore store, TransactionRepository log, int count, String runId, PrintStream out) throws Exception {
        BacklogBranch first = new BacklogBranch();
        BacklogBranch second = new BacklogBranch();
        first.down = true;
        second.down = true;
        long loadStart = System.nanoTime();
        try (LiteTcc loader = node(log, TccConfig.DEFAULT.withPhaseTwo(PhaseTwoConfig.DEFAULT.withLease(Duration.ofMillis(1)))
                .withRecovery(RecoveryConfig.DEFAULT.withBackoff(Duration.ofMillis(1), Duration.ofMillis(1), 0)))) {
            fill(loader.proxy(Orders.class, new Starter(branch(loader, "a", first), branch(loader, "b", second)), "backlog-starter", null),
                    count, runId);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        first.down = false;
        second.down = false;
        try (LiteTcc recoverer = node(log, TccConfig.DEFAULT)) {
            branch(recoverer, "a", first);
            branch(recoverer, "b", second);
            int left = log.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT)).items().size();
            long start = System.nanoTime();
            int passes = drain(recoverer, log);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean exact = first.confirms.sum() == count && second.confirms.sum() == count;
            out.printf(Locale.ROOT, "BACKLOG %s log: %s: %d records left CONFIRMING (filled in %.0f s; %s unfinished before recovery),"
                    + " finished by one node in %.1f s = %.0f tx/s (%d passes of up to %d); confirms %d + %d (expected %d each)%n",
                    store.label(), exact ? "OK" : "FAILED", count, loadSeconds, left >= TransactionQuery.MAX_LIMIT ? "≥" + left : left,
                    seconds, count / seconds, passes, TccConfig.DEFAULT.recovery().batchSize(), first.confirms.sum(), second.confirms.sum(),
                    count);
            return exact;
        }
    }

    private static BacklogReservation branch(LiteTcc tcc, String name, BacklogBranch branch) {
        return tcc.proxy(BacklogReservation.class, branch, "backlog-" + name, null);
    }

    private static LiteTcc node(TransactionRepository log, TccConfig config) {
        return LiteTcc.builder().config(config).repository(log)
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench")))).build();
    }

    /** Places {@code count} orders from {@link #LOADERS} threads; each ends decided with its confirms failed. */
    private static void fill(Orders orders, int count, String runId) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> loaders = new ArrayList<>();
            for (int t = 0; t < LOADERS; t++) {
                loaders.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            orders.place(runId + "-b-" + i);
                        } catch (RuntimeException e) {
                            continue;
                        }
                    }
                }));
            }
            for (Future<?> loader : loaders) {
                loader.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs passes back to back until one finds nothing due and the log holds nothing unfinished; returns the passes. */
    private static int drain(LiteTcc recoverer, TransactionRepository log) throws InterruptedException {
        int passes = 0;
        while (true) {
            RecoveryReport report = recoverer.recovery().runOnce();
            passes++;
            if (report.due() == 0) {
                if (log.list(TransactionQuery.unfinished(1)).items().isEmpty()) {
                    return passes;
                }
                Thread.sleep(10);
            }
        }
    }
}
