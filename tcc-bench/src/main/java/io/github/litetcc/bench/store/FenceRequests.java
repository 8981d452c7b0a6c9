package io.github.litetcc.bench.store;

import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;

import java.time.Duration;
import java.time.Instant;

/** The fenced phases the benchmark asks for (branch 1, a deadline a minute away) and the check of their outcome. */
final class FenceRequests {

    private FenceRequests() {
    }

    static FenceRequest request(Xid xid, Phase phase) {
        return new FenceRequest(xid, Workload.FIRST, phase, Instant.now().plus(Duration.ofMinutes(1)));
    }

    /** Throws unless the fence applied the phase: a benchmark of a refused phase would measure nothing. */
    static void requireApplied(FenceResult result) {
        if (result.outcome() != FenceOutcome.APPLIED) {
            throw new IllegalStateException("The fence did not apply the phase: " + result.outcome());
        }
    }
}
