package io.github.litetcc.repository.jdbc;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One caller's write in {@link GroupCommit} and how it ends: waiting; told to send a batch; or answered (a committed
 * result, a failure, or "run alone"). The answer is taken on the caller's own thread, so a write that runs alone after
 * a failed batch runs there. Created on, and awaited by, the caller's thread.
 */
final class PendingWrite<T> {
    private final BatchedWrite<T> write;
    private final Supplier<T> alone;
    private final Thread caller = Thread.currentThread();
    private volatile List<PendingWrite<?>> batchToSend;
    private volatile Supplier<?> answer;

    PendingWrite(BatchedWrite<T> write, Supplier<T> alone) {
        this.write = write;
        this.alone = alone;
    }

    BatchedWrite<T> write() {
        return write;
    }

    /** Parks until answered ({@code null}) or told to send a batch (returned). */
    List<PendingWrite<?>> awaitTurn() {
        boolean interrupted = false;
        while (answer == null && batchToSend == null) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return answer == null ? batchToSend : null;
    }

    void lead(List<PendingWrite<?>> batch) {
        batchToSend = batch;
        LockSupport.unpark(caller);
    }

    /** Runs the write alone now, in the calling thread (the caller's own, which sends a batch of one). */
    void runAloneNow() {
        try {
            T value = alone.get();
            answer = () -> value;
        } catch (RuntimeException e) {
            answer = () -> {
                throw e;
            };
        }
    }

    /** Answers "run alone": the caller's thread runs the write by itself when it takes the answer. */
    void runAloneLater() {
        answerWith(alone);
    }

    void fail(RuntimeException failure) {
        answerWith(() -> {
            throw failure;
        });
    }

    void failIfUnanswered() {
        if (answer == null) {
            fail(new IllegalStateException("The group commit sending this write stopped before it was answered"));
        }
    }

    void answerWith(Supplier<?> result) {
        answer = result;
        if (caller != Thread.currentThread()) {
            LockSupport.unpark(caller);
        }
    }

    @SuppressWarnings("unchecked")
    T answer() {
        return (T) answer.get();
    }
}
