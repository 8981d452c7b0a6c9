package io.github.litetcc.spi;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

/**
 * Observes transactions (metrics, audit). Every method has a no-op default; {@link #NONE} does nothing.
 * Called on the thread that made the change, after it is durable; must be fast and must not throw
 * (an exception is logged and ignored).
 */
public interface TransactionListener {
    /** A listener that does nothing. */
    TransactionListener NONE = new TransactionListener() {
    };

    /** A transaction was begun (its record written). */
    default void begun(TransactionKey key) {
    }

    /** A record's status changed durably. */
    default void statusChanged(TransactionKey key, TransactionStatus from, TransactionStatus to) {
    }

    /** A record reached CONFIRMED or CANCELLED; {@code durationMillis} since it was begun, read on this node's clock. */
    default void finished(TransactionKey key, TransactionStatus outcome, long durationMillis) {
    }

    /** One branch's confirm or cancel failed; it will be retried. */
    default void phaseFailed(TransactionKey key, BranchId branch, Phase phase, Exception cause) {
    }

    /** Recovery attempted a record. */
    default void recoveryAttempted(GlobalTransaction record) {
    }

    /** A record reached the alert threshold: it keeps being retried and is listed as stuck. */
    default void stuck(GlobalTransaction record) {
    }

    /** A record was parked after its maximum attempts. */
    default void parked(GlobalTransaction record) {
    }

    /** A stored record could not be read. */
    default void corruptRecord(CorruptRecord record) {
    }
}
