package io.github.litetcc.coordinator;

import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.TransactionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finishes the records whose phase 2 the starter completed, behind the caller: finishes queue up and one
 * thread writes whatever has queued in one {@link TransactionRepository#finishAll} call, so the caller's
 * answer does not wait for its finish and many transactions share one round trip. A record waiting here is
 * decided, its phase 2 applied, and still leased to this node: if the node dies first, recovery drives it
 * again once the lease ends (phase 2 is idempotent) and finishes it. When the queue is full, or once shut
 * down, a finish is refused and the caller writes it itself.
 */
final class FinishBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FinishBatcher.class);
    /** Most finishes written in one call. */
    static final int MAX_BATCH = 128;
    /** Most finishes waiting; beyond, callers finish their own records (back-pressure when the log is slow). */
    static final int MAX_QUEUED = 10_000;
    /** Queued by {@link #shutdown} behind the last finish: the writer stops when it reaches it. */
    private static final Pending END = new Pending(null, null, null);

    private final TransactionRepository repository;
    private final Listeners listeners;
    private final Clock clock;
    private final BlockingQueue<Pending> queue;
    private final ReadWriteLock openLock = new ReentrantReadWriteLock();
    private final Thread writer;
    private boolean open = true;

    FinishBatcher(TransactionRepository repository, Listeners listeners, Clock clock) {
        this(repository, listeners, clock, MAX_QUEUED);
    }

    /** @param capacity most finishes waiting at once */
    FinishBatcher(TransactionRepository repository, Listeners listeners, Clock clock, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.repository = repository;
        this.listeners = listeners;
        this.clock = clock;
        this.writer = new Thread(this::writeUntilShutDown, "tcc-finish");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues the finish of {@code record} (at the version the caller's lease left) as {@code terminal}.
     *
     * @return false if it was not queued (queue full, or shut down): the caller finishes it itself
     */
    boolean offer(GlobalTransaction record, TransactionStatus terminal) {
        openLock.readLock().lock();
        try {
            return open && queue.offer(new Pending(record, terminal, clock.instant()));
        } finally {
            openLock.readLock().unlock();
        }
    }

    /** Refuses further finishes, then waits up to {@code drain} for the queued ones to be written. */
    void shutdown(Duration drain) {
        openLock.writeLock().lock();
        try {
            open = false;
        } finally {
            openLock.writeLock().unlock();
        }
        long until = System.nanoTime() + Math.max(1, drain.toNanos());
        try {
            if (queue.offer(END, Math.max(1, drain.toNanos()), TimeUnit.NANOSECONDS)) {
                writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("{} finished transactions were not written before shutdown; recovery finishes them after their lease",
                    queue.size());
            writer.interrupt();
        }
    }

    private void writeUntilShutDown() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean end = batch.remove(END);
                if (!batch.isEmpty()) {
                    write(batch);
                }
                if (end) {
                    return;
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<Pending> batch) {
        List<Boolean> finished;
        try {
            finished = repository.finishAll(batch.stream()
                    .map(p -> new FinishRequest(p.record.key(), p.record.version(), p.terminal)).toList());
        } catch (RuntimeException e) {
            LOG.warn("Finishing {} transactions failed: {}; recovery finishes them after their lease", batch.size(), e.toString());
            return;
        }
        if (finished.size() != batch.size()) {
            LOG.error("The log answered {} results for {} finishes; recovery finishes what is left", finished.size(), batch.size());
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            try (MDC.MDCCloseable ignored = MDC.putCloseable(TransactionContextHolder.MDC_KEY, pending.record.xid().toString())) {
                if (finished.get(i)) {
                    listeners.finished(pending.record, pending.terminal, pending.completedAt);
                } else {
                    LOG.warn("Transaction {} was taken over by another node before it could be finished; it finishes there",
                            pending.record.key());
                }
            }
        }
    }

    private record Pending(GlobalTransaction record, TransactionStatus terminal, Instant completedAt) {
    }
}
