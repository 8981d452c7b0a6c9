package io.github.litetcc.spring.quartz;

import io.github.litetcc.spring.fence.FenceHousekeeping;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * One fence clean-up pass over every fence: a thin adapter around {@link FenceHousekeeping#runOnce()} (which runs
 * core's {@code FenceCleanup.runOnce()} per fence), taken from the scheduler's context like {@link RecoveryJob}.
 */
@DisallowConcurrentExecution
public final class FenceCleanupJob implements Job {
    /** The scheduler-context key of the {@link FenceHousekeeping} this job runs. */
    public static final String CONTEXT_KEY = "io.github.litetcc.fenceHousekeeping";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        SchedulerContexts.require(context, CONTEXT_KEY, FenceHousekeeping.class).runOnce();
    }
}
