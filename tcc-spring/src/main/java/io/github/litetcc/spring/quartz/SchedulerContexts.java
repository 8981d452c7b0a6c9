package io.github.litetcc.spring.quartz;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Reads what a LiteTCC job runs from its scheduler's context, failing clearly when this node never put it there. */
final class SchedulerContexts {

    private SchedulerContexts() {
    }

    static <T> T require(JobExecutionContext context, String key, Class<T> type) throws JobExecutionException {
        try {
            Object value = context.getScheduler().getContext().get(key);
            if (!type.isInstance(value)) {
                throw new JobExecutionException("Job " + context.getJobDetail().getKey() + " found no " + type.getSimpleName()
                        + " under '" + key + "' in the context of scheduler " + context.getScheduler().getSchedulerName()
                        + "; is LiteTCC running on this node?");
            }
            return type.cast(value);
        } catch (SchedulerException e) {
            throw new JobExecutionException("Job " + context.getJobDetail().getKey() + " could not read its scheduler's context", e);
        }
    }
}
