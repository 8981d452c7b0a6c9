package io.github.litetcc.model;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;

import java.util.EnumSet;
import java.util.Set;

/**
 * A branch's phase-2 status in the log: {@code ENLISTED ──> CONFIRMED | CANCELLED}, recorded once its
 * confirm or cancel call succeeded. Whether the try was acknowledged is known to the live starter only.
 */
public enum BranchStatus {
    ENLISTED(1), CONFIRMED(2), CANCELLED(3);

    private final int code;

    BranchStatus(int code) {
        this.code = code;
    }

    /** The stable code that is stored: never the ordinal. */
    public int code() {
        return code;
    }

    public Set<BranchStatus> next() {
        return switch (this) {
            case ENLISTED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED, CANCELLED -> EnumSet.noneOf(BranchStatus.class);
        };
    }

    public boolean isDone() {
        return this != ENLISTED;
    }

    /** Returns {@code target} if legal, else throws {@link IllegalTransitionException} naming the subject. */
    public BranchStatus requireMoveTo(BranchStatus target, Object subject) {
        if (!next().contains(target)) {
            throw new IllegalTransitionException("Branch " + subject + " cannot move from " + this + " to " + target);
        }
        return target;
    }

    /** Looks a status up by its stored code; throws {@link CorruptRecordException} for an unknown one. */
    public static BranchStatus fromCode(int code) {
        for (BranchStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new CorruptRecordException("Unknown branch status code " + code);
    }
}
