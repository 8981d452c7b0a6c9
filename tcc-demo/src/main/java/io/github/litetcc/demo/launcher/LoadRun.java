package io.github.litetcc.demo.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places the run's orders from several client threads, each order once, recording every answer in the journal
 * before counting it. A thread whose order got no answer (the order service died) waits for the service to come
 * back (bounded) before it places the next one; one whose order met a failed service backs off for a moment.
 */
final class LoadRun {
    private static final Duration SERVICE_BACK_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration BACK_OFF = Duration.ofMillis(200);
    private final OrderClient client;
    private final Journal journal;
    private final String runId;
    private final int orders;
    private final Progress progress;
    private final LoadResults results = new LoadResults();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger placed = new AtomicInteger();
    private final Gate gate = new Gate();
    private volatile boolean finished;

    LoadRun(OrderClient client, Journal journal, String runId, int orders, Progress progress) {
        this.client = client;
        this.journal = journal;
        this.runId = runId;
        this.orders = orders;
        this.progress = progress;
    }

    /** Places every order from {@code threads} threads; returns when all are answered or given up on. */
    LoadResults run(int threads) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "demo-client-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        finished = true;
        progress.finish();
        return results;
    }

    int placed() {
        return placed.get();
    }

    boolean isFinished() {
        return finished;
    }

    /** The gate the client threads pass before each order. */
    Gate gate() {
        return gate;
    }

    /** Places one order and records the answer (in the journal first, if there was one). */
    OrderClient.Answer place(PlannedOrder order) throws InterruptedException {
        OrderClient.Answer answer = client.place(order);
        if (answer.told()) {
            journal.record(order.orderId(), answer.status());
        }
        results.record(order, answer);
        return answer;
    }

    private void work() {
        try {
            for (int n = next.getAndIncrement(); n < orders; n = next.getAndIncrement()) {
                gate.pass();
                OrderClient.Answer answer = place(PlannedOrder.nth(runId, n));
                placed.incrementAndGet();
                progress.step(results);
                if (!answer.told()) {
                    awaitOrderService();
                } else if (answer.http() == 503) {
                    Thread.sleep(BACK_OFF.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitOrderService() throws InterruptedException {
        long deadline = System.nanoTime() + SERVICE_BACK_TIMEOUT.toNanos();
        while (!client.isUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the order service did not come back within " + SERVICE_BACK_TIMEOUT);
            }
            Thread.sleep(200);
        }
    }
}
