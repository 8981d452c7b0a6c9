package io.github.litetcc.model;

/** The three phases of a branch. Confirm and cancel are phase 2 and share one code path parameterised by this enum. */
public enum Phase {
    TRY(1), CONFIRM(2), CANCEL(3);

    private final int code;

    Phase(int code) {
        this.code = code;
    }

    /** The stable code that is stored or sent (never the ordinal). */
    public int code() {
        return code;
    }

    /** The branch status this phase leaves once it succeeded; only for phase 2. */
    public BranchStatus resultStatus() {
        return switch (this) {
            case CONFIRM -> BranchStatus.CONFIRMED;
            case CANCEL -> BranchStatus.CANCELLED;
            case TRY -> throw new IllegalStateException("A try has no phase-2 result");
        };
    }

    /** Looks a phase up by code or name (case-insensitive); throws {@link io.github.litetcc.InvalidInputException} otherwise. */
    public static Phase parse(String text) {
        for (Phase phase : values()) {
            if (phase.name().equalsIgnoreCase(text) || Integer.toString(phase.code).equals(text)) {
                return phase;
            }
        }
        throw new io.github.litetcc.InvalidInputException("Unknown phase '" + text + "': expected TRY, CONFIRM or CANCEL");
    }
}
