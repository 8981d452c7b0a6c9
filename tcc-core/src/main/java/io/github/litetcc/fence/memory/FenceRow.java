package io.github.litetcc.fence.memory;

import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceStatus;

import java.time.Instant;

/** A stored fence row. Immutable; the try result is copied in and out. */
record FenceRow(FenceStatus status, Instant deadline, byte[] tryResult, Instant createdAt, Instant updatedAt) {

    FenceRow {
        tryResult = tryResult == null ? null : tryResult.clone();
    }

    /** A row inserted at {@code now}. */
    static FenceRow inserted(FenceStatus status, Instant deadline, byte[] tryResult, Instant now) {
        return new FenceRow(status, deadline, tryResult, now, now);
    }

    /** This row moved to {@code next} at {@code now}, keeping its try result. */
    FenceRow movedTo(FenceStatus next, Instant now) {
        return new FenceRow(next, deadline, tryResult, createdAt, now);
    }

    @Override
    public byte[] tryResult() {
        return tryResult == null ? null : tryResult.clone();
    }

    FenceRecord toRecord(RowKey key) {
        return new FenceRecord(key.xid(), key.branch(), status, deadline, createdAt, updatedAt, tryResult);
    }
}
