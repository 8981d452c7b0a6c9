package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;

import java.time.Duration;
import java.time.Instant;

/**
 * A remote branch enlisted write-ahead, whose try a transport is sending: what to put on the wire (xid, branch id,
 * the time left to the deadline) and the switch the transport flips when the response carries the provider's
 * acknowledgement. A branch never {@linkplain #acknowledge() acknowledged} cancels its transaction.
 */
public final class RemoteTry {
    private final ActiveTransaction transaction;
    private final Branch branch;

    RemoteTry(ActiveTransaction transaction, Branch branch) {
        this.transaction = transaction;
        this.branch = branch;
    }

    public Xid xid() {
        return transaction.key().xid();
    }

    public BranchId branch() {
        return branch.id();
    }

    public Instant deadline() {
        return transaction.deadline();
    }

    /** The time left until the deadline at {@code now}, zero once it passed. */
    public Duration remainingAt(Instant now) {
        Duration left = Duration.between(now, transaction.deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts the try as done: call only when the provider's acknowledgement of this branch arrived. */
    public void acknowledge() {
        transaction.acknowledge(branch.id());
    }

    @Override
    public String toString() {
        return "RemoteTry[" + xid() + " " + branch + "]";
    }
}
