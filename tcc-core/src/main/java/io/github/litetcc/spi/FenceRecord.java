package io.github.litetcc.spi;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fence row as stored, with what its try stored as its result ({@code null} for none): a remote participant
 * keeps there what its try handed on to its confirm and cancel. The bytes are copied in and out.
 */
public record FenceRecord(Xid xid, BranchId branch, FenceStatus status, Instant deadline, Instant createdAt, Instant updatedAt,
                          byte[] tryResult) {

    public FenceRecord {
        tryResult = tryResult == null ? null : tryResult.clone();
    }

    @Override
    public byte[] tryResult() {
        return tryResult == null ? null : tryResult.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FenceRecord r && Objects.equals(r.xid, xid) && Objects.equals(r.branch, branch) && r.status == status
                && Objects.equals(r.deadline, deadline) && Objects.equals(r.createdAt, createdAt)
                && Objects.equals(r.updatedAt, updatedAt) && Arrays.equals(r.tryResult, tryResult);
    }

    @Override
    public int hashCode() {
        return Objects.hash(xid, branch, status, deadline);
    }

    @Override
    public String toString() {
        return "FenceRecord[" + xid + " " + branch + " " + status + " deadline " + deadline
                + (tryResult == null ? "" : ", try result " + tryResult.length + " bytes") + "]";
    }
}
