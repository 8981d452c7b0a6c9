package io.github.litetcc.bench.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Client threads placing {@code count} orders as fast as they are answered, each call timed. */
final class LoadRun {

    private LoadRun() {
    }

    /** What the clients saw: answers, failures, latencies (sorted, nanoseconds) and the synchronous log writes. */
    record Outcome(int count, long wallNanos, long ok, long failed, long[] latencies, long syncWrites) {
        long percentile(double share) {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1, (int) Math.ceil(share * latencies.length) - 1)];
        }
    }

    static Outcome run(StarterNode node, Scenario scenario, int threads, int count, String orderPrefix) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        LongAdder writes = new LongAdder();
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        latencies[i] = callOnce(node, scenario, orderPrefix + i, ok, failed, writes);
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> client : pool.invokeAll(clients)) {
                client.get();
            }
            long wall = System.nanoTime() - start;
            Arrays.sort(latencies);
            return new Outcome(count, wall, ok.sum(), failed.sum(), latencies, writes.sum());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long callOnce(StarterNode node, Scenario scenario, String order, LongAdder ok, LongAdder failed, LongAdder writes) {
        long start = System.nanoTime();
        try {
            scenario.call(node, order);
            ok.increment();
        } catch (RuntimeException e) {
            failed.increment();
        }
        long took = System.nanoTime() - start;
        if (scenario.transactional() && Orders.lastXid() != null) {
            writes.add(node.log.takeWrites(Orders.lastXid()));
        }
        return took;
    }
}
