package io.github.litetcc.spring.metrics;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.TransactionListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts what the coordinator and recovery report, as Micrometer meters:
 * <ul>
 *   <li>{@code tcc.transactions.begun} — records written (starters and nested participants);</li>
 *   <li>{@code tcc.transactions} {outcome=confirmed|cancelled, record=root|nested} — records finished;</li>
 *   <li>{@code tcc.transaction.duration} {outcome, record} — from begin to finish;</li>
 *   <li>{@code tcc.phase2.failures} {phase=confirm|cancel} — branch confirms and cancels that failed (and are retried);</li>
 *   <li>{@code tcc.recovery.attempts} — records recovery attempted;</li>
 *   <li>{@code tcc.transactions.stuck.alerts}, {@code tcc.transactions.parked.events}, {@code tcc.records.corrupt} — alerts.</li>
 * </ul>
 * Fast and non-blocking, as a listener must be.
 */
public final class MicrometerTransactionListener implements TransactionListener {
    private final MeterRegistry registry;

    public MicrometerTransactionListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void begun(TransactionKey key) {
        registry.counter("tcc.transactions.begun").increment();
    }

    @Override
    public void finished(TransactionKey key, TransactionStatus outcome, long durationMillis) {
        String outcomeTag = outcome.name().toLowerCase(Locale.ROOT);
        String record = key.isRoot() ? "root" : "nested";
        registry.counter("tcc.transactions", "outcome", outcomeTag, "record", record).increment();
        Timer.builder("tcc.transaction.duration").description("Time from a transaction's begin to its finish")
                .tags("outcome", outcomeTag, "record", record).register(registry).record(Duration.ofMillis(Math.max(0, durationMillis)));
    }

    @Override
    public void phaseFailed(TransactionKey key, BranchId branch, Phase phase, Exception cause) {
        registry.counter("tcc.phase2.failures", "phase", phase.name().toLowerCase(Locale.ROOT)).increment();
    }

    @Override
    public void recoveryAttempted(GlobalTransaction record) {
        registry.counter("tcc.recovery.attempts").increment();
    }

    @Override
    public void stuck(GlobalTransaction record) {
        registry.counter("tcc.transactions.stuck.alerts").increment();
    }

    @Override
    public void parked(GlobalTransaction record) {
        registry.counter("tcc.transactions.parked.events").increment();
    }

    @Override
    public void corruptRecord(CorruptRecord record) {
        registry.counter("tcc.records.corrupt").increment();
    }
}
