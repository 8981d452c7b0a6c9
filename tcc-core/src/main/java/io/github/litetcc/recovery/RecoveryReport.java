package io.github.litetcc.recovery;

/**
 * What one recovery pass (or several, {@link #plus added up}) did.
 *
 * @param due            readable records the pass found due
 * @param confirmed      records it finished CONFIRMED
 * @param cancelled      records it finished CANCELLED
 * @param retryLater     records whose phase 2 failed again (released with a backoff, or parked)
 * @param lostRace       records another node or the live starter took first
 * @param awaitingParent undecided nested records past their deadline, flagged and left to their parent
 * @param corrupt        records that could not be read (reported and postponed, never deleted)
 * @param errors         records whose handling failed unexpectedly (isolated, logged with the xid)
 */
public record RecoveryReport(int due, int confirmed, int cancelled, int retryLater, int lostRace, int awaitingParent,
                             int corrupt, int errors) {

    /** What this pass and {@code other} did together. */
    public RecoveryReport plus(RecoveryReport other) {
        return new RecoveryReport(due + other.due, confirmed + other.confirmed, cancelled + other.cancelled,
                retryLater + other.retryLater, lostRace + other.lostRace, awaitingParent + other.awaitingParent,
                corrupt + other.corrupt, errors + other.errors);
    }

    /** Whether the pass found nothing to do. */
    public boolean isIdle() {
        return due == 0 && corrupt == 0;
    }
}
