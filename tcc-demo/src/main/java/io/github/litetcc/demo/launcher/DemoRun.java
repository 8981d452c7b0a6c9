package io.github.litetcc.demo.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of the demo: starts the services, probes bad input, places the orders with the faults injected, waits
 * until recovery finished every transaction, stops the services and checks the invariants in their databases.
 */
final class DemoRun {
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STAY_LIMIT = Duration.ofHours(1);
    private final DemoOptions options;
    private final PrintStream out;
    private final String runId = "r" + Long.toString(System.currentTimeMillis(), 36);
    private final AtomicReference<Exception> faultFailure = new AtomicReference<>();

    DemoRun(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    DemoReport run() throws Exception {
        Path dir = options.dir().resolve("run-" + runId);
        Files.createDirectories(dir);
        DemoOptions here = options.withDir(dir);
        options.db().create(runId, Fleet.SERVICES);
        try (Fleet fleet = new Fleet(here, runId); Journal journal = new Journal(dir.resolve("client-journal.txt"))) {
            out.printf("Starting inventory, account, points and order (one JVM each; output in %s)%n", dir);
            fleet.start(options.faults());
            DemoReport report = placeAndCheck(fleet, journal);
            new Summary(out).print(report);
            if (options.stay()) {
                stayUp(fleet);
            }
            return report;
        } finally {
            options.db().drop(runId, Fleet.SERVICES);
        }
    }

    private DemoReport placeAndCheck(Fleet fleet, Journal journal) throws Exception {
        OrderClient client = new OrderClient(fleet.httpPort());
        Check badInput = new BadInputProbe(client, runId).run();
        out.printf("Placing %d orders from %d client threads; faults: %s%n", options.orders(), options.threads(),
                options.faults().isEmpty() ? "none" : options.faults());
        Progress progress = new Progress(out, options.orders());
        LoadRun load = new LoadRun(client, journal, runId, options.orders(), progress);
        FaultInjector injector = new FaultInjector(fleet, client, runId, new ArrayList<>(options.faults()), progress);
        long start = System.nanoTime();
        Thread faults = startFaults(injector, load);
        LoadResults results = load.run(options.threads());
        faults.join(Duration.ofMinutes(5).toMillis());
        Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
        throwIfFailed();
        int unfinished = awaitQuiet(client);
        Map<String, String> unanswered = finalStatuses(client, results.unknown());
        long recoveries = injector.recoveryAttemptsOfKilledStarters() + client.recoveryAttempts();
        fleet.stop();
        Snapshot snapshot = Snapshot.read(fleet, options.db(), !options.redisLog());
        List<Check> checks = new ArrayList<>(List.of(badInput));
        checks.addAll(Invariants.check(snapshot, journal.read(), unfinished));
        return new DemoReport(options, results, byStatus(snapshot), unanswered, recoveries, loadTime, injector.events(), checks);
    }

    /** Starts the services again, without fault hooks, and keeps them up until the launcher is stopped (at most an hour). */
    private void stayUp(Fleet fleet) throws IOException, InterruptedException {
        fleet.start(Set.of());
        out.printf("%nThe system runs: orders at http://127.0.0.1:%d/orders, transactions at http://127.0.0.1:%<d/actuator/tcc"
                + " (Ctrl-C stops every service)%n", fleet.httpPort());
        Thread.sleep(STAY_LIMIT.toMillis());
    }

    private Thread startFaults(FaultInjector injector, LoadRun load) {
        Thread thread = new Thread(() -> {
            try {
                injector.run(load::placed, options.orders(), load);
            } catch (IOException | RuntimeException e) {
                faultFailure.set(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-faults");
        thread.start();
        return thread;
    }

    private void throwIfFailed() throws Exception {
        if (faultFailure.get() != null) {
            throw new IllegalStateException("a fault injection failed: " + faultFailure.get().getMessage(), faultFailure.get());
        }
    }

    /** Waits until the order service's log has nothing unfinished (bounded); returns what is left. */
    private int awaitQuiet(OrderClient client) throws IOException, InterruptedException {
        out.println("Waiting for recovery to finish every transaction...");
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        int unfinished = client.unfinished();
        while (unfinished > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            unfinished = client.unfinished();
        }
        return unfinished;
    }

    private static Map<String, String> finalStatuses(OrderClient client, List<String> orderIds) throws IOException, InterruptedException {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String orderId : orderIds) {
            statuses.put(orderId, client.status(orderId).orElse("never recorded"));
        }
        return statuses;
    }

    private static Map<String, Long> byStatus(Snapshot snapshot) {
        Map<String, Long> counts = new TreeMap<>();
        snapshot.orders().values().forEach(order -> counts.merge(order.status(), 1L, Long::sum));
        return counts;
    }
}
