package io.github.litetcc.spring.quartz;

import io.github.litetcc.recovery.RecoveryReport;
import io.github.litetcc.recovery.TransactionRecovery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery: a thin adapter around {@link TransactionRecovery#catchUp()} (passes back to back while a backlog lasts,
 * for at most one interval), which isolates and reports each
 * record's failure itself. The recovery to run is taken from the scheduler's context (in memory, per node), so the
 * job holds no state and suits a JDBC job store.
 */
@DisallowConcurrentExecution
public final class RecoveryJob implements Job {
    /** The scheduler-context key of the {@link TransactionRecovery} this job runs. */
    public static final String CONTEXT_KEY = "io.github.litetcc.recovery";
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        TransactionRecovery recovery = SchedulerContexts.require(context, CONTEXT_KEY, TransactionRecovery.class);
        RecoveryReport report = recovery.catchUp();
        if (!report.isIdle()) {
            LOG.info("Recovery pass: {}", report);
        }
    }
}
