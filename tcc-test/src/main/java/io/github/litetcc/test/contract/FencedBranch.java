package io.github.litetcc.test.contract;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.FenceRequest;

import java.time.Instant;

/** One branch a fence test works on, with the deadline its requests carry. */
record FencedBranch(Xid xid, BranchId branch, Instant deadline) {

    FenceRequest request(Phase phase) {
        return new FenceRequest(xid, branch, phase, deadline);
    }

    @Override
    public String toString() {
        return "branch " + branch + " of xid " + xid;
    }
}
