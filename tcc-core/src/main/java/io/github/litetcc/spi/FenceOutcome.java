package io.github.litetcc.spi;

/** What a fenced phase did. */
public enum FenceOutcome {
    /** The transition happened and the body ran and committed with it. */
    APPLIED,
    /** The phase had already happened: the body did not run again (a try returns the stored result). */
    DUPLICATE,
    /** A cancel for a branch whose try never committed: nothing to undo; a CANCELLED_EMPTY row now blocks a late try. */
    EMPTY,
    /** A try for a branch already cancelled (suspension): refused, nothing ran. */
    REJECTED,
    /** Phase 2 in the opposite direction of what the branch already did: never applied; alert an operator. */
    PROTOCOL_VIOLATION,
    /** Not decidable now (a confirm before its try committed, a row locked by a running try): try again later. */
    RETRY;

    /** Whether the phase can be counted as done by the caller. */
    public boolean isDone() {
        return this == APPLIED || this == DUPLICATE || this == EMPTY;
    }
}
