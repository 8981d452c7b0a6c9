package io.github.litetcc.spi;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;

import java.time.Instant;

/** A fence row as stored. */
public record FenceRecord(Xid xid, BranchId branch, FenceStatus status, Instant deadline, Instant createdAt, Instant updatedAt) {
}
