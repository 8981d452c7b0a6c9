package io.github.litetcc.model;

import io.github.litetcc.CorruptRecordException;

/** How a branch's phase 2 is invoked: on a local bean, or on a remote (Dubbo) service. */
public enum BranchKind {
    LOCAL(1), REMOTE(2);

    private final int code;

    BranchKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Looks a kind up by its stored code; throws {@link CorruptRecordException} for an unknown one. */
    public static BranchKind fromCode(int code) {
        for (BranchKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new CorruptRecordException("Unknown branch kind code " + code);
    }
}
