package io.github.litetcc.spring.quartz;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;

import java.time.Duration;

/**
 * Counts LiteTCC's jobs running on a scheduler, told by Quartz as each starts and ends, so that a shutdown can wait
 * for the passes in progress (up to a bound) on that signal, rather than on the scheduler's own thread pool.
 */
final class RunningJobs implements JobListener {
    private int running;

    @Override
    public String getName() {
        return "litetcc-running-jobs";
    }

    @Override
    public synchronized void jobToBeExecuted(JobExecutionContext context) {
        running++;
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // a vetoed job never runs: jobToBeExecuted was not called for it
    }

    @Override
    public synchronized void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        running--;
        notifyAll();
    }

    /** Waits until no job runs, for at most {@code bound}; whether none runs. */
    synchronized boolean awaitNoneRunning(Duration bound) throws InterruptedException {
        long until = System.nanoTime() + bound.toNanos();
        while (running > 0) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
