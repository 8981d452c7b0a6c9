package io.github.litetcc.coordinator;

/**
 * How one drive of phase 2 ended.
 *
 * @param finished whether every branch is done and the record finished
 * @param lost     whether another node took the record over meanwhile (a version check failed)
 * @param failure  the first branch failure, or {@code null}
 */
public record PhaseTwoOutcome(boolean finished, boolean lost, Exception failure) {

    static PhaseTwoOutcome done() {
        return new PhaseTwoOutcome(true, false, null);
    }

    static PhaseTwoOutcome lostRace() {
        return new PhaseTwoOutcome(false, true, null);
    }

    static PhaseTwoOutcome failed(Exception failure, boolean lost) {
        return new PhaseTwoOutcome(false, lost, failure);
    }
}
