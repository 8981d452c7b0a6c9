package io.github.litetcc.test.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.awaitility.Awaitility.await;

/** Runs several tasks on their own threads, released together, and collects what each returned or threw. */
final class Race {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(2);

    private Race() {
    }

    /** What one runner returned ({@code value}) or threw ({@code failure}). */
    record Result<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs {@code task.apply(i)} for i in [0, runners) at once and returns the results in runner order. */
    static <T> List<Result<T>> run(int runners, IntFunction<Callable<T>> task) {
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            await("all " + runners + " runners finished").atMost(BOUND).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(() -> futures.stream().allMatch(Future::isDone));
            return futures.stream().map(Race::resultOf).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Result<T> resultOf(Future<T> future) {
        try {
            return new Result<>(future.get(), null);
        } catch (ExecutionException e) {
            return new Result<>(null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while collecting a finished runner", e);
        }
    }
}
