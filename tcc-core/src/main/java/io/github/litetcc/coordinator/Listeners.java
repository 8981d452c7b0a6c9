package io.github.litetcc.coordinator;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.TransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Fans events out to the configured listeners; a listener that throws is logged and never disturbs the transaction. */
public final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final List<TransactionListener> listeners;

    public Listeners(List<TransactionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void begun(TransactionKey key) {
        each(l -> l.begun(key));
    }

    public void statusChanged(TransactionKey key, TransactionStatus from, TransactionStatus to) {
        each(l -> l.statusChanged(key, from, to));
    }

    public void finished(TransactionKey key, TransactionStatus outcome, long millis) {
        each(l -> l.finished(key, outcome, millis));
    }

    /** A record ended in {@code terminal}: its status change, then its end with the time since it began. */
    void finished(GlobalTransaction record, TransactionStatus terminal, Instant at) {
        statusChanged(record.key(), record.status(), terminal);
        finished(record.key(), terminal, Duration.between(record.createdAt(), at).toMillis());
    }

    public void phaseFailed(TransactionKey key, BranchId branch, Phase phase, Exception cause) {
        each(l -> l.phaseFailed(key, branch, phase, cause));
    }

    public void recoveryAttempted(GlobalTransaction record) {
        each(l -> l.recoveryAttempted(record));
    }

    public void stuck(GlobalTransaction record) {
        each(l -> l.stuck(record));
    }

    public void parked(GlobalTransaction record) {
        each(l -> l.parked(record));
    }

    public void corruptRecord(CorruptRecord record) {
        each(l -> l.corruptRecord(record));
    }

    private void each(Consumer<TransactionListener> event) {
        for (TransactionListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Transaction listener {} failed; ignored", listener, e);
            }
        }
    }
}
