package io.github.litetcc.bench.store;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Part 2: one recovery pass — {@code findDue(limit)}, which reads the due records whole (header and branches) —
 * over a large log against the same pass over a small one, both holding {@code due} due records. The not-due
 * records are copies of a TRYING record written by the repository (due in one to two hours); the due ones are
 * written by the repository itself with a 1 ms timeout.
 */
final class RecoveryPass {
    private static final Duration NOT_DUE = Duration.ofHours(6);
    private static final Duration DUE = Duration.ofMillis(1);
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private final Workload workload;
    private final int due;

    RecoveryPass(Workload workload, int due) {
        this.workload = workload;
        this.due = due;
    }

    /** Fills {@code log} to {@code size} records, {@code due} of them due; returns how long it took, in ms. */
    long fill(LogUnderTest log, int size) throws Exception {
        long start = System.nanoTime();
        TransactionRepository repository = log.repository();
        TransactionKey template = Workload.newKey();
        repository.create(workload.begin(template, NOT_DUE));
        log.copy(template, size - due - 1);
        for (int i = 0; i < due; i++) {
            repository.create(workload.begin(Workload.newKey(), DUE));
        }
        awaitDue(repository);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    List<Comparison> measure(String server, TransactionRepository small, TransactionRepository large, int warmup,
                             int samples, String detail) throws Exception {
        Pair pass = new Pair();
        for (int i = 0; i < warmup + samples; i++) {
            pass.time(() -> requireDue(large.findDue(due)), () -> requireDue(small.findDue(due)), i >= warmup);
        }
        return List.of(Comparison.of(server, Part.RECOVERY, "findDue(" + due + ")", detail, pass));
    }

    private void awaitDue(TransactionRepository repository) throws InterruptedException {
        long giveUpAt = System.nanoTime() + SETTLE_NANOS;
        while (repository.findDue(due + 1).records().size() < due) {
            if (System.nanoTime() - giveUpAt > 0) {
                throw new IllegalStateException("The " + due + " due records did not come due within 30 s");
            }
            Thread.sleep(5);
        }
    }

    private void requireDue(DueRecords found) {
        int branches = found.records().stream().mapToInt(record -> record.branches().size()).sum();
        if (found.records().size() != due || branches != due || !found.corrupt().isEmpty()) {
            throw new IllegalStateException("A pass found " + found.records().size() + " due records with " + branches
                    + " branches and " + found.corrupt().size() + " unreadable ones; expected " + due + " with one branch each");
        }
    }
}
