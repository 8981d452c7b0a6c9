package io.github.litetcc.spring.quartz;

import io.github.litetcc.TccConfigurationException;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerContext;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Schedules LiteTCC's jobs when the application context has started (so no pass runs before every participant is
 * registered) and stops them when it closes, before LiteTCC itself shuts down. On its own scheduler it starts and
 * shuts the scheduler down (waiting, bounded, for a running pass); on the application's it adds its jobs and, on close, takes
 * only its own objects out of the scheduler's context (the jobs stay: other nodes of a cluster still run them).
 */
public final class TccJobScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(TccJobScheduler.class);
    /** Longest wait at shutdown for the passes running then (a pass lasts at most about one recovery interval). */
    static final Duration RUNNING_JOBS_WAIT = Duration.ofSeconds(30);

    private final Supplier<Scheduler> schedulerSupplier;
    private final boolean owned;
    private final List<TccJob> jobs;
    private final RunningJobs runningJobs = new RunningJobs();
    private volatile Scheduler scheduler;
    private volatile boolean running;

    /**
     * @param scheduler asked at start, only if there are jobs
     * @param owned     whether the scheduler is LiteTCC's own (started and shut down here) or the application's
     */
    public TccJobScheduler(Supplier<Scheduler> scheduler, boolean owned, List<TccJob> jobs) {
        this.schedulerSupplier = Objects.requireNonNull(scheduler, "scheduler");
        this.owned = owned;
        this.jobs = List.copyOf(jobs);
    }

    @Override
    public void start() {
        if (jobs.isEmpty()) {
            running = true;
            return;
        }
        scheduler = schedulerSupplier.get();
        try {
            for (TccJob job : jobs) {
                schedule(job);
            }
            if (owned) {
                scheduler.getListenerManager().addJobListener(runningJobs, GroupMatcher.jobGroupEquals(TccJob.GROUP));
                scheduler.start();
            }
            running = true;
        } catch (SchedulerException e) {
            throw new TccConfigurationException("Could not schedule LiteTCC's jobs on Quartz scheduler: " + e.getMessage(), e);
        }
    }

    private void schedule(TccJob job) throws SchedulerException {
        scheduler.getContext().put(job.contextKey(), job.target());
        JobDetail detail = JobBuilder.newJob(job.jobClass()).withIdentity(job.name(), TccJob.GROUP).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(job.name(), TccJob.GROUP).forJob(detail)
                .withSchedule(job.schedule().scheduleBuilder()).startNow().build();
        scheduler.scheduleJob(detail, Set.of(trigger), true);
        LOG.info("LiteTCC job '{}' scheduled {} on Quartz scheduler '{}'", job.name(), job.schedule(), scheduler.getSchedulerName());
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler == null) {
            return;
        }
        try {
            if (owned) {
                shutDownWithinBound();
            } else {
                SchedulerContext context = scheduler.getContext();
                jobs.forEach(job -> context.remove(job.contextKey()));
            }
        } catch (SchedulerException e) {
            LOG.warn("Stopping LiteTCC's Quartz jobs failed: {}", e.toString());
        }
    }

    /**
     * Stops firing, waits (bounded) for the passes running now, then shuts the scheduler down without waiting on
     * its thread pool: a pass never holds the application's shutdown longer than {@link #RUNNING_JOBS_WAIT}.
     */
    private void shutDownWithinBound() throws SchedulerException {
        scheduler.standby();
        try {
            if (!runningJobs.awaitNoneRunning(RUNNING_JOBS_WAIT)) {
                LOG.warn("LiteTCC's Quartz jobs still running after {}; shutting the scheduler down without them", RUNNING_JOBS_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdown(false);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The scheduler the jobs run on, once started with jobs. */
    public java.util.Optional<Scheduler> scheduler() {
        return java.util.Optional.ofNullable(scheduler);
    }

    public List<TccJob> jobs() {
        return jobs;
    }

    /** Stops late and starts early among the lifecycle beans, around the application's own work. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
