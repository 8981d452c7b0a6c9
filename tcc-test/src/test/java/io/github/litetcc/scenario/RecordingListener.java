package io.github.litetcc.scenario;

import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.TransactionListener;
import org.slf4j.MDC;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every listener event of a node as a short line ({@code "CONFIRMING -> CONFIRMED"}, {@code "finished
 * CONFIRMED"}, ...), and beside each the xid the SLF4J MDC held when the event fired ({@code "-"} for none).
 */
final class RecordingListener implements TransactionListener {
    final List<TransactionKey> begun = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<String> xidsInMdc = new CopyOnWriteArrayList<>();
    final List<Long> durations = new CopyOnWriteArrayList<>();

    @Override
    public void begun(TransactionKey key) {
        begun.add(key);
        record("begun");
    }

    @Override
    public void statusChanged(TransactionKey key, TransactionStatus from, TransactionStatus to) {
        record(from + " -> " + to);
    }

    @Override
    public void finished(TransactionKey key, TransactionStatus outcome, long durationMillis) {
        durations.add(durationMillis);
        record("finished " + outcome);
    }

    @Override
    public void phaseFailed(TransactionKey key, BranchId branch, Phase phase, Exception cause) {
        record(phase + " of " + branch + " failed");
    }

    @Override
    public void recoveryAttempted(GlobalTransaction record) {
        record("recovery attempted " + record.status());
    }

    @Override
    public void stuck(GlobalTransaction record) {
        record("stuck " + record.status());
    }

    @Override
    public void parked(GlobalTransaction record) {
        record("parked " + record.status());
    }

    @Override
    public void corruptRecord(CorruptRecord record) {
        record("corrupt " + record.key());
    }

    /** Forgets what was recorded so far. */
    void clear() {
        synchronized (this) {
            events.clear();
            xidsInMdc.clear();
        }
    }

    private synchronized void record(String event) {
        events.add(event);
        String xid = MDC.get(TransactionContextHolder.MDC_KEY);
        xidsInMdc.add(xid == null ? "-" : xid);
    }
}
