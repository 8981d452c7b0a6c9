package io.github.litetcc.spring.quartz;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class RunningJobsTest {
    private final RunningJobs jobs = new RunningJobs();

    @Test
    void nothingRunningIsReportedAtOnce() throws InterruptedException {
        assertThat(jobs.awaitNoneRunning(Duration.ZERO)).isTrue();
    }

    @Test
    void aJobStillRunningAtTheBoundIsReported() throws InterruptedException {
        jobs.jobToBeExecuted(null);

        assertThat(jobs.awaitNoneRunning(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void theWaitEndsWhenTheLastRunningJobEnds() throws Exception {
        jobs.jobToBeExecuted(null);
        jobs.jobToBeExecuted(null);
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return jobs.awaitNoneRunning(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        jobs.jobWasExecuted(null, null);
        jobs.jobWasExecuted(null, null);

        assertThat(waiting.get()).isTrue();
    }
}
