package io.github.litetcc.bench.store;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Duration;
import java.util.List;

/**
 * Part 1: the latency of each protocol write against the server's bare write of the same size. Each iteration
 * runs one record's life as a starter does — begin with the first branch, enlist a second, decide (CONFIRMING),
 * record both branches' results — timing each write next to a bare write of its size, then finishes the record
 * untimed, so the log stays small.
 */
final class ProtocolLatency {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final RecordUpdate CONFIRMING =
            new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ofSeconds(30), Workload.OWNER, null);
    private final Workload workload;
    private final int warmup;
    private final int iterations;
    private final byte[] beginBytes;
    private final byte[] enlistBytes;
    private final byte[] decisionBytes = new byte[Workload.DECISION_BYTES];
    private final byte[] resultBytes = new byte[Workload.RESULT_BYTES];

    ProtocolLatency(Workload workload, int warmup, int iterations) {
        this.workload = workload;
        this.warmup = warmup;
        this.iterations = iterations;
        this.beginBytes = new byte[workload.beginBytes()];
        this.enlistBytes = new byte[workload.enlistBytes()];
    }

    List<Comparison> measure(String server, TransactionRepository log, BareWrite bare) throws Exception {
        Pair begin = new Pair();
        Pair enlist = new Pair();
        Pair decision = new Pair();
        Pair result = new Pair();
        for (int i = 0; i < warmup + iterations; i++) {
            boolean record = i >= warmup;
            TransactionKey key = Workload.newKey();
            begin.time(() -> log.create(workload.begin(key, TIMEOUT)), () -> bare.write(beginBytes), record);
            enlist.time(() -> log.enlist(key, workload.second()), () -> bare.write(enlistBytes), record);
            decision.time(() -> decide(log, key), () -> bare.write(decisionBytes), record);
            for (BranchId branch : List.of(Workload.FIRST, Workload.SECOND)) {
                result.time(() -> log.recordBranchStatus(key, branch, BranchStatus.CONFIRMED),
                        () -> bare.write(resultBytes), record);
            }
            log.finish(key, 3, TransactionStatus.CONFIRMED);
        }
        return List.of(comparison(server, "begin+enlist (create)", beginBytes, begin),
                comparison(server, "enlist", enlistBytes, enlist),
                comparison(server, "decision (compareAndSet)", decisionBytes, decision),
                comparison(server, "branch result (recordBranchStatus)", resultBytes, result));
    }

    private static Comparison comparison(String server, String operation, byte[] bareBytes, Pair pair) {
        return Comparison.of(server, Part.PROTOCOL, operation, bareBytes.length + " B", pair);
    }

    private static void decide(TransactionRepository log, TransactionKey key) {
        if (!log.compareAndSet(key, 2, CONFIRMING)) {
            throw new IllegalStateException("The decision of " + key + " lost its compare-and-set");
        }
    }
}
