package io.github.litetcc.coordinator;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the starter's phase 2 once its decision is durable: in the caller's thread, or — for confirms
 * when asynchronous phase 2 is on — on a pool, so the caller gets its answer right after the commit
 * point. On shutdown the pool is drained for a bounded time and the leases of drives that never
 * started are released, so another node takes them over at once.
 */
final class PhaseTwoRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseTwoRunner.class);
    /** How long interrupted drives get to give their leases back, and queued finishes to be written, after the drain time ran out. */
    private static final long INTERRUPTED_DRIVES_GRACE_MILLIS = 1000;

    private final PhaseTwoDriver driver;
    private final TransactionRepository repository;
    private final ExecutorService asyncPool;
    private final FinishBatcher finishing;

    /**
     * @param asyncPool the pool for asynchronous confirms, or {@code null} to drive phase 2 in the caller's thread
     * @param finishing the writer of background finishes {@code driver} hands records to, or {@code null}
     */
    PhaseTwoRunner(PhaseTwoDriver driver, TransactionRepository repository, ExecutorService asyncPool, FinishBatcher finishing) {
        this.driver = driver;
        this.repository = repository;
        this.asyncPool = asyncPool;
        this.finishing = finishing;
    }

    /** Confirms a decided record; a failure leaves it CONFIRMING for recovery and does not reach the caller. */
    void runAfterConfirmDecision(GlobalTransaction decided) {
        if (asyncPool == null) {
            new Drive(decided).run();
            return;
        }
        asyncPool.execute(new Drive(decided));
    }

    /** Cancels a decided record; a failure is added to {@code cause} as suppressed. */
    void runAfterFailure(GlobalTransaction decided, Throwable cause) {
        try {
            PhaseTwoOutcome outcome = driver.drive(decided);
            if (outcome.failure() != null) {
                cause.addSuppressed(TccCoordinator.phaseFailed(decided, outcome.failure()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Cancel of {} did not complete: {}; recovery retries", decided.key(), e.toString());
            cause.addSuppressed(TccCoordinator.phaseFailed(decided, e));
        }
    }

    /** Drains the asynchronous drives, then the queued finishes (which get at least a short grace), within {@code drain}. */
    void shutdown(Duration drain) {
        long until = System.nanoTime() + Math.max(0, drain.toNanos());
        drainDrives(drain);
        if (finishing != null) {
            long left = Math.max(TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()), INTERRUPTED_DRIVES_GRACE_MILLIS);
            finishing.shutdown(Duration.ofMillis(left));
        }
    }

    private void drainDrives(Duration drain) {
        if (asyncPool == null) {
            return;
        }
        asyncPool.shutdown();
        try {
            if (!asyncPool.awaitTermination(Math.max(0, drain.toMillis()), TimeUnit.MILLISECONDS)) {
                release(asyncPool.shutdownNow());
                asyncPool.awaitTermination(INTERRUPTED_DRIVES_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            release(asyncPool.shutdownNow());
            Thread.currentThread().interrupt();
        }
    }

    private void release(List<Runnable> neverStarted) {
        for (Runnable task : neverStarted) {
            if (task instanceof Drive drive) {
                GlobalTransaction record = drive.record;
                repository.compareAndSet(record.key(), record.version(),
                        new RecordUpdate(record.status(), record.attempts(), Duration.ZERO, null, "released at shutdown"));
            }
        }
        LOG.info("Released {} decided transactions at shutdown for recovery on any node", neverStarted.size());
    }

    private static void logFailure(GlobalTransaction decided, PhaseTwoOutcome outcome) {
        if (outcome.failure() != null) {
            LOG.warn("Transaction {} is decided {} but phase 2 did not complete: {}; recovery retries", decided.key(),
                    decided.status(), outcome.failure().toString());
        }
    }

    private final class Drive implements Runnable {
        private final GlobalTransaction record;

        Drive(GlobalTransaction record) {
            this.record = record;
        }

        @Override
        public void run() {
            try {
                logFailure(record, driver.drive(record));
            } catch (RuntimeException e) {
                LOG.warn("Phase 2 of {} failed: {}; recovery retries", record.key(), e.toString());
            }
        }
    }
}
