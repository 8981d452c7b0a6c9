package io.github.litetcc.recovery;

/** What recovery did with one record. */
enum RecordOutcome {
    CONFIRMED, CANCELLED, RETRY_LATER, LOST_RACE, AWAITING_PARENT, ERROR
}
