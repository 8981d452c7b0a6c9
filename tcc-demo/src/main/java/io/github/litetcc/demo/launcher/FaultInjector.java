package io.github.litetcc.demo.launcher;

import io.github.litetcc.demo.service.ConfirmHold;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Injects the chosen crashes while orders flow, one after another at evenly spaced points of the run: places a
 * held order (its id starts with the fault's prefix), waits until the service prints that it holds that order's
 * confirm, kills it ({@code kill -9}), lets orders meet the dead service for a moment, holds the client back, restarts
 * the service and lets the client go once an order is paid again. Counts the recovery attempts of each order
 * service instance it kills, since a new instance counts from zero.
 */
final class FaultInjector {
    private static final Duration HOLD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEAD_TIME = Duration.ofSeconds(1);
    private static final int MAX_ATTEMPTS = 20;
    private final Fleet fleet;
    private final OrderClient client;
    private final String runId;
    private final List<Fault> faults;
    private final Progress progress;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private long recoveryAttemptsOfKilledStarters;
    private int serial;

    FaultInjector(Fleet fleet, OrderClient client, String runId, List<Fault> faults, Progress progress) {
        this.fleet = fleet;
        this.client = client;
        this.runId = runId;
        this.faults = faults;
        this.progress = progress;
    }

    /** Runs each fault once {@code placed} reaches its share of {@code total}; skips the rest if the run ends first. */
    void run(IntSupplier placed, int total, LoadRun load) throws IOException, InterruptedException {
        for (int i = 0; i < faults.size(); i++) {
            int threshold = total * (i + 1) / (faults.size() + 1);
            while (placed.getAsInt() < threshold && !load.isFinished()) {
                Thread.sleep(20);
            }
            inject(faults.get(i), load);
        }
    }

    long recoveryAttemptsOfKilledStarters() {
        return recoveryAttemptsOfKilledStarters;
    }

    /** What was injected, in order. */
    List<String> events() {
        return List.copyOf(events);
    }

    private void inject(Fault fault, LoadRun load) throws IOException, InterruptedException {
        ServiceProcess victim = fleet.process(fault.service());
        CompletableFuture<OrderClient.Answer> held = holdAConfirm(fault, load, victim);
        if (fault == Fault.STARTER) {
            recoveryAttemptsOfKilledStarters += client.recoveryAttempts();
        }
        long killedAt = System.nanoTime();
        fleet.kill(fault.service());
        note("killed " + fault.service() + " (kill -9) in the middle of a confirm, " + describe(fault));
        Thread.sleep(DEAD_TIME.toMillis());
        load.gate().close();
        try {
            fleet.restart(fault.service());
            awaitAnswer(held);
            awaitAPaidOrder(load);
        } finally {
            load.gate().open();
        }
        note(String.format("%s restarted; orders paid again %.1f s after the kill", fault.service(), (System.nanoTime() - killedAt) / 1e9));
    }

    /** Places held orders until one's confirm is held by {@code victim} (a try can fail while the system recovers). */
    private CompletableFuture<OrderClient.Answer> holdAConfirm(Fault fault, LoadRun load, ServiceProcess victim) throws InterruptedException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            PlannedOrder order = new PlannedOrder(fault.heldOrderId(runId) + "-" + (++serial), "alice", "apple", 1);
            CompletableFuture<OrderClient.Answer> answer = CompletableFuture.supplyAsync(() -> placeQuietly(load, order));
            long deadline = System.nanoTime() + HOLD_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && !answer.isDone()) {
                if (victim.printed(ConfirmHold.HOLDING + order.orderId())) {
                    return answer;
                }
                Thread.sleep(50);
            }
            awaitAnswer(answer);
        }
        throw new IllegalStateException("no confirm of " + fault.heldOrderId(runId) + "-* was held by " + fault.service()
                + " in " + MAX_ATTEMPTS + " attempts; see " + victim.output());
    }

    private void awaitAPaidOrder(LoadRun load) throws InterruptedException {
        for (int attempt = 0; attempt < 4 * MAX_ATTEMPTS; attempt++) {
            PlannedOrder probe = new PlannedOrder(runId + "-probe-" + (++serial), "alice", "pear", 1);
            if (load.place(probe).status().equals("PAID")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no order was paid within " + 4 * MAX_ATTEMPTS + " attempts after the restart");
    }

    private static OrderClient.Answer placeQuietly(LoadRun load, PlannedOrder order) {
        try {
            return load.place(order);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while placing " + order.orderId(), e);
        }
    }

    private static void awaitAnswer(CompletableFuture<OrderClient.Answer> answer) throws InterruptedException {
        try {
            answer.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("an order the fault injection placed got no answer, not even a failure", e);
        }
    }

    private static String describe(Fault fault) {
        return fault == Fault.STARTER ? "after its transaction's decision" : "while the starter waits for it";
    }

    private void note(String event) {
        events.add(event);
        progress.note(event);
    }
}
