package io.github.litetcc.coordinator;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;

import java.time.Instant;
import java.util.Objects;

/**
 * A confirm or cancel a transport received for a remote participant's branch: which transaction and branch, the
 * phase, the deadline (on this JVM's clock), the try method as its caller names it, and the try's arguments as
 * the caller's log stores them (serialized). The bytes are copied in and out.
 */
public record InboundPhase(Xid xid, BranchId branch, Phase phase, Instant deadline, ParticipantId participant, byte[] arguments) {

    public InboundPhase {
        Objects.requireNonNull(xid, "xid");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(participant, "participant");
        if (phase == Phase.TRY) {
            throw new InvalidInputException("An inbound phase 2 is CONFIRM or CANCEL, not TRY (branch " + branch + " of xid " + xid + ")");
        }
        if (branch.isRoot()) {
            throw new InvalidInputException("A remote participant's branch cannot be the root 0 (xid " + xid + ")");
        }
        arguments = arguments == null ? new byte[0] : arguments.clone();
    }

    @Override
    public byte[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboundPhase p && p.xid.equals(xid) && p.branch.equals(branch) && p.phase == phase
                && p.deadline.equals(deadline) && p.participant.equals(participant) && java.util.Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(xid, branch, phase, participant);
    }

    @Override
    public String toString() {
        return "InboundPhase[" + phase + " " + xid + " " + branch + " " + participant + "]";
    }
}
