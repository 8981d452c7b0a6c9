package io.github.litetcc.context;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the current thread stands in a global transaction: the xid, the branch it runs as
 * ({@link BranchId#ROOT} in the starter's body), the phase, and the deadline (on this JVM's clock).
 * A context a transport (the Dubbo provider filter) bound for a branch entering this node, whose try has not
 * started yet, is {@linkplain #inbound() inbound}: it carries the {@link TryAcknowledgement} the transport
 * answers its caller with. {@code handover} carries the small value a try hands on to its confirm and cancel.
 */
public record TransactionContext(Xid xid, BranchId branch, Phase phase, Instant deadline, TryAcknowledgement acknowledgement,
                                 Handover handover) {

    public TransactionContext {
        Objects.requireNonNull(xid, "xid");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handover, "handover");
    }

    /** A context with an empty handover. */
    public static TransactionContext of(Xid xid, BranchId branch, Phase phase, Instant deadline) {
        return new TransactionContext(xid, branch, phase, deadline, null, new Handover());
    }

    /** A context a transport binds for a remote try entering this node, with a fresh acknowledgement. */
    public static TransactionContext inbound(Xid xid, BranchId branch, Phase phase, Instant deadline) {
        return new TransactionContext(xid, branch, phase, deadline, new TryAcknowledgement(), new Handover());
    }

    /** Whether a transport bound this context for a try entering this node. */
    public boolean inbound() {
        return acknowledgement != null;
    }

    /** The same transaction, running as another branch and phase, with a fresh handover. */
    public TransactionContext as(BranchId otherBranch, Phase otherPhase) {
        return of(xid, otherBranch, otherPhase, deadline);
    }

    public boolean isPhaseTwo() {
        return phase != Phase.TRY;
    }
}
