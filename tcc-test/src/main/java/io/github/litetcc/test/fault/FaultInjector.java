package io.github.litetcc.test.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Counts the steps a node takes through its handles (before and after each log write, each fenced phase,
 * each business effect) and crashes it at a chosen step, as {@code kill -9} would: from the crash point on,
 * every handle wired to this injector throws {@link SimulatedCrash}. It can also make chosen steps fail
 * without a crash ({@link #failAt}), as a store that is briefly unavailable would. Thread-safe.
 */
public final class FaultInjector {
    private final int crashAt;
    private final AtomicInteger steps = new AtomicInteger();
    private final List<String> trace = new ArrayList<>();
    private volatile String crashPoint;
    private volatile Hold hold;
    private volatile Failure failure;

    private FaultInjector(int crashAt) {
        this.crashAt = crashAt;
    }

    /** An injector that crashes the node at step {@code step} (1-based). */
    public static FaultInjector crashingAt(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("crash step must be at least 1, was " + step);
        }
        return new FaultInjector(step);
    }

    /** An injector that never crashes, only counts. */
    public static FaultInjector never() {
        return new FaultInjector(Integer.MAX_VALUE);
    }

    /** Passes one step named {@code name}; throws if the node has crashed or crashes here. */
    public void step(String name) {
        requireAlive(name);
        int step = steps.incrementAndGet();
        synchronized (trace) {
            trace.add(name);
        }
        if (step == crashAt) {
            crashPoint = "step " + step + " (" + name + ")";
            throw new SimulatedCrash("crash at " + crashPoint);
        }
        Failure failing = failure;
        if (failing != null && name.startsWith(failing.stepPrefix())) {
            throw failing.cause().apply(name);
        }
        Hold current = hold;
        if (current != null && name.startsWith(current.stepPrefix())) {
            hold = null;
            current.pause();
        }
    }

    /**
     * Pauses the first step whose name starts with {@code stepPrefix}: counts {@code reached} down, then waits
     * (at most 10 seconds) for {@code release}. Lets a test act while a node stands at a chosen point.
     */
    public void holdAt(String stepPrefix, CountDownLatch reached, CountDownLatch release) {
        hold = new Hold(stepPrefix, reached, release);
    }

    /**
     * Makes every step whose name starts with {@code stepPrefix} throw what {@code cause} makes of the step's
     * name, until {@link #heal()}; the node does not crash. One failing prefix at a time.
     */
    public void failAt(String stepPrefix, Function<String, ? extends RuntimeException> cause) {
        failure = new Failure(stepPrefix, cause);
    }

    /** Stops the failures {@link #failAt} started. */
    public void heal() {
        failure = null;
    }

    private record Failure(String stepPrefix, Function<String, ? extends RuntimeException> cause) {
    }

    private record Hold(String stepPrefix, CountDownLatch reached, CountDownLatch release) {
        void pause() {
            reached.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held at '" + stepPrefix + "' for more than 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held at '" + stepPrefix + "'", e);
            }
        }
    }

    /**
     * Refuses {@code call} if the node has crashed; passes no step otherwise. For handle calls that are not
     * steps of their own (reads, clock queries), so that after a crash they fail like every other call.
     */
    public void requireAlive(String call) {
        String point = crashPoint;
        if (point != null) {
            throw new SimulatedCrash("node crashed at " + point + "; refused " + call);
        }
    }

    public boolean hasCrashed() {
        return crashPoint != null;
    }

    /** Where the node crashed, or {@code null}. */
    public String crashPoint() {
        return crashPoint;
    }

    public int stepsTaken() {
        return steps.get();
    }

    /** The names of the steps taken, in order. */
    public List<String> trace() {
        synchronized (trace) {
            return List.copyOf(trace);
        }
    }
}
