package io.github.litetcc.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One participant's branch of a global transaction, as the log stores it: what to call in phase 2
 * ({@code participant}, and for a remote one its {@code group} and {@code version}), the serialized
 * try arguments, for a local branch the small context its try handed on, and the phase-2 status.
 * Immutable; byte arrays are copied in and out.
 */
public record Branch(BranchId id, BranchKind kind, ParticipantId participant, String group, String version,
                     byte[] arguments, byte[] tryContext, BranchStatus status) {

    public Branch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(status, "status");
        if (id.isRoot()) {
            throw new IllegalArgumentException("A branch cannot have the root id 0");
        }
        arguments = arguments == null ? new byte[0] : arguments.clone();
        tryContext = tryContext == null ? null : tryContext.clone();
    }

    /** A freshly enlisted local branch. */
    public static Branch local(BranchId id, ParticipantId participant, byte[] arguments) {
        return new Branch(id, BranchKind.LOCAL, participant, null, null, arguments, null, BranchStatus.ENLISTED);
    }

    /** A freshly enlisted remote branch. */
    public static Branch remote(BranchId id, ParticipantId participant, String group, String version, byte[] arguments) {
        return new Branch(id, BranchKind.REMOTE, participant, group, version, arguments, null, BranchStatus.ENLISTED);
    }

    @Override
    public byte[] arguments() {
        return arguments.clone();
    }

    @Override
    public byte[] tryContext() {
        return tryContext == null ? null : tryContext.clone();
    }

    /**
     * This branch of the record {@code key} with its phase-2 status moved to {@code next}; an illegal move
     * throws {@link io.github.litetcc.IllegalTransitionException} naming the branch, the xid, from and to.
     */
    public Branch withStatus(TransactionKey key, BranchStatus next) {
        Objects.requireNonNull(key, "key");
        return new Branch(id, kind, participant, group, version, arguments, tryContext,
                status.requireMoveTo(next, id + " of xid " + key.xid()));
    }

    /**
     * As {@link #withStatus(TransactionKey, BranchStatus)}, for a caller that does not know the record: the
     * message of an illegal move names the branch only. Prefer the other where the record is known.
     */
    public Branch withStatus(BranchStatus next) {
        return new Branch(id, kind, participant, group, version, arguments, tryContext, status.requireMoveTo(next, id));
    }

    public Branch withTryContext(byte[] context) {
        return new Branch(id, kind, participant, group, version, arguments, context, status);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Branch b && b.id.equals(id) && b.kind == kind && b.participant.equals(participant)
                && Objects.equals(b.group, group) && Objects.equals(b.version, version)
                && Arrays.equals(b.arguments, arguments) && Arrays.equals(b.tryContext, tryContext) && b.status == status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, participant, status);
    }

    @Override
    public String toString() {
        return "Branch[" + id + " " + kind + " " + participant + " " + status + "]";
    }
}
