package io.github.litetcc.spring.quartz;

import org.quartz.Job;

import java.util.Objects;

/**
 * One of LiteTCC's periodic jobs: its name (in group {@value #GROUP}), its class, what it runs (put into the
 * scheduler's context under {@code contextKey}) and when.
 */
public record TccJob(String name, Class<? extends Job> jobClass, String contextKey, Object target, JobSchedule schedule) {
    /** The Quartz group of LiteTCC's jobs and triggers. */
    public static final String GROUP = "litetcc";

    public TccJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jobClass, "jobClass");
        Objects.requireNonNull(contextKey, "contextKey");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(schedule, "schedule");
    }
}
