package io.github.litetcc.spring.quartz;

import io.github.litetcc.TccConfigurationException;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;

import java.text.ParseException;
import java.time.Duration;

/**
 * When a pass runs: every {@code interval}, or on a Quartz {@code cron} expression (seconds first:
 * {@code "0 0/5 * * * ?"}). A pass that could not fire on time is skipped, not replayed.
 */
public record JobSchedule(Duration interval, String cron) {

    /**
     * Validates the schedule; exactly one of the two is set.
     *
     * @throws TccConfigurationException naming the setting
     */
    public JobSchedule {
        if ((interval == null) == (cron == null)) {
            throw new TccConfigurationException("A schedule needs an interval or a cron expression, not "
                    + (interval == null ? "neither" : "both"));
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new TccConfigurationException("A schedule's interval must be positive, was " + interval);
        }
    }

    /**
     * The schedule two settings describe: the cron expression when it is set, else the interval. Setting both
     * ({@code intervalExplicit} and a cron expression) is a mistake.
     *
     * @throws TccConfigurationException naming the setting that is wrong
     */
    public static JobSchedule of(Setting<Duration> interval, boolean intervalExplicit, Setting<String> cron) {
        if (cron.value() == null || cron.value().isBlank()) {
            return new JobSchedule(interval.value(), null);
        }
        if (intervalExplicit) {
            throw new TccConfigurationException("Set " + interval.name() + " or " + cron.name() + ", not both");
        }
        try {
            CronExpression.validateExpression(cron.value());
        } catch (ParseException e) {
            throw new TccConfigurationException("Setting " + cron.name() + " is not a valid Quartz cron expression ('" + cron.value()
                    + "'): " + e.getMessage() + "; it has six or seven fields, seconds first, e.g. '0 0/5 * * * ?'", e);
        }
        return new JobSchedule(null, cron.value().trim());
    }

    /** A setting's name and value, so that an error can name it. */
    public record Setting<T>(String name, T value) {
    }

    ScheduleBuilder<? extends Trigger> scheduleBuilder() {
        if (cron != null) {
            return CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing();
        }
        return SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount();
    }

    @Override
    public String toString() {
        return cron != null ? "cron '" + cron + "'" : "every " + interval;
    }
}
