package io.github.litetcc.model;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.IllegalTransitionException;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a global transaction record, owning its legal transitions:
 * <pre>
 * TRYING ──> CONFIRMING ──> CONFIRMED            CONFIRMING ──> PARKED_CONFIRMING ──> CONFIRMING
 *   └──────> CANCELLING ──> CANCELLED            CANCELLING ──> PARKED_CANCELLING ──> CANCELLING
 * </pre>
 * CONFIRMING and CANCELLING never turn into each other, parked or not. The stored form is {@link #code()}.
 */
public enum TransactionStatus {
    TRYING(1), CONFIRMING(2), CANCELLING(3), CONFIRMED(4), CANCELLED(5),
    PARKED_CONFIRMING(6), PARKED_CANCELLING(7);

    private final int code;

    TransactionStatus(int code) {
        this.code = code;
    }

    /** The stable code that is stored: never the ordinal. */
    public int code() {
        return code;
    }

    /** The statuses this one may change to. */
    public Set<TransactionStatus> next() {
        return switch (this) {
            case TRYING -> EnumSet.of(CONFIRMING, CANCELLING);
            case CONFIRMING -> EnumSet.of(CONFIRMED, PARKED_CONFIRMING);
            case CANCELLING -> EnumSet.of(CANCELLED, PARKED_CANCELLING);
            case PARKED_CONFIRMING -> EnumSet.of(CONFIRMING);
            case PARKED_CANCELLING -> EnumSet.of(CANCELLING);
            case CONFIRMED, CANCELLED -> EnumSet.noneOf(TransactionStatus.class);
        };
    }

    public boolean canMoveTo(TransactionStatus target) {
        return next().contains(target);
    }

    /** Returns {@code target} if the move is legal, else throws {@link IllegalTransitionException} naming the subject, from and to. */
    public TransactionStatus requireMoveTo(TransactionStatus target, Object subject) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException("Transaction " + subject + " cannot move from " + this + " to " + target
                    + " (allowed: " + next() + ")");
        }
        return target;
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }

    public boolean isParked() {
        return this == PARKED_CONFIRMING || this == PARKED_CANCELLING;
    }

    /** The phase 2 a decided status drives (also for a parked one); empty for TRYING and terminal statuses. */
    public java.util.Optional<Phase> phase() {
        return switch (this) {
            case CONFIRMING, PARKED_CONFIRMING -> java.util.Optional.of(Phase.CONFIRM);
            case CANCELLING, PARKED_CANCELLING -> java.util.Optional.of(Phase.CANCEL);
            case TRYING, CONFIRMED, CANCELLED -> java.util.Optional.empty();
        };
    }

    /** The status that drives the given phase 2. */
    public static TransactionStatus driving(Phase phase) {
        return switch (phase) {
            case CONFIRM -> CONFIRMING;
            case CANCEL -> CANCELLING;
            case TRY -> TRYING;
        };
    }

    /** The terminal status reached when the given phase 2 completed. */
    public static TransactionStatus finished(Phase phase) {
        return switch (phase) {
            case CONFIRM -> CONFIRMED;
            case CANCEL -> CANCELLED;
            case TRY -> throw new IllegalArgumentException("A try does not finish a transaction");
        };
    }

    /** The parked form of a driving status. */
    public TransactionStatus parked() {
        return switch (this) {
            case CONFIRMING -> PARKED_CONFIRMING;
            case CANCELLING -> PARKED_CANCELLING;
            default -> throw new IllegalTransitionException("Only CONFIRMING or CANCELLING can be parked, not " + this);
        };
    }

    /** Looks a status up by its stored code; throws {@link CorruptRecordException} for an unknown one. */
    public static TransactionStatus fromCode(int code) {
        for (TransactionStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new CorruptRecordException("Unknown transaction status code " + code);
    }
}
