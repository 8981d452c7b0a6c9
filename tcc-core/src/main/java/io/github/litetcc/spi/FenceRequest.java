package io.github.litetcc.spi;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;

import java.time.Instant;
import java.util.Objects;

/** One fenced phase of one branch: which branch, which phase, and the transaction's deadline (stored with inserted rows). */
public record FenceRequest(Xid xid, BranchId branch, Phase phase, Instant deadline) {

    public FenceRequest {
        Objects.requireNonNull(xid, "xid");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(deadline, "deadline");
    }
}
