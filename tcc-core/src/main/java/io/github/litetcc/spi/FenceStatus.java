package io.github.litetcc.spi;

import io.github.litetcc.CorruptRecordException;

/** The status of a fence row. TRIED may become CONFIRMED or CANCELLED; CANCELLED_EMPTY is inserted by an empty rollback. */
public enum FenceStatus {
    TRIED(1), CONFIRMED(2), CANCELLED(3), CANCELLED_EMPTY(4);

    private final int code;

    FenceStatus(int code) {
        this.code = code;
    }

    /** The stored code: never the ordinal. */
    public int code() {
        return code;
    }

    public boolean isCancelled() {
        return this == CANCELLED || this == CANCELLED_EMPTY;
    }

    public boolean isTerminal() {
        return this != TRIED;
    }

    /** The status a row may be moved to from this one by an update (inserts aside). */
    public java.util.Set<FenceStatus> next() {
        return switch (this) {
            case TRIED -> java.util.EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED, CANCELLED, CANCELLED_EMPTY -> java.util.EnumSet.noneOf(FenceStatus.class);
        };
    }

    public static FenceStatus fromCode(int code) {
        for (FenceStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new CorruptRecordException("Unknown fence status code " + code);
    }
}
