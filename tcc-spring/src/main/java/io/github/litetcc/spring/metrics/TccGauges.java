package io.github.litetcc.spring.metrics;

import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.fence.FenceHousekeeping;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Gauges of what waits for an operator: {@code tcc.transactions.stuck} and {@code tcc.transactions.parked} (records in
 * the log, counted up to {@link TransactionQuery#MAX_LIMIT}, re-read at most once per {@code refresh} so a scrape
 * never hammers the log), and {@code tcc.fence.orphans} (seen by the last fence clean-up pass).
 */
public final class TccGauges implements MeterBinder {
    private final TransactionOperations operations;
    private final FenceHousekeeping housekeeping;
    private final Duration refresh;
    private final Clock clock;

    /** @param housekeeping the fence housekeeping, or {@code null} when no fence is in use */
    public TccGauges(TransactionOperations operations, FenceHousekeeping housekeeping, Duration refresh, Clock clock) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.housekeeping = housekeeping;
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CachedCount stuck = new CachedCount(() -> operations.stuck(TransactionQuery.MAX_LIMIT).items().size());
        CachedCount parked = new CachedCount(() -> operations.parked(TransactionQuery.MAX_LIMIT).items().size());
        Gauge.builder("tcc.transactions.stuck", stuck, CachedCount::get).strongReference(true)
                .description("Unfinished transactions past the alert threshold, retried and listed for operators").register(registry);
        Gauge.builder("tcc.transactions.parked", parked, CachedCount::get).strongReference(true)
                .description("Transactions parked after their maximum attempts, waiting for an operator").register(registry);
        if (housekeeping != null) {
            Gauge.builder("tcc.fence.orphans", housekeeping, FenceHousekeeping::lastOrphanCount)
                    .description("Fence rows TRIED long past their deadline (their transaction record was lost)").register(registry);
        }
    }

    /** A count re-read from its source at most once per refresh period. */
    private final class CachedCount {
        private final IntSupplier source;
        private long readAtMillis = Long.MIN_VALUE;
        private int value;

        CachedCount(IntSupplier source) {
            this.source = source;
        }

        synchronized double get() {
            long now = clock.millis();
            if (readAtMillis == Long.MIN_VALUE || now - readAtMillis >= refresh.toMillis()) {
                value = source.getAsInt();
                readAtMillis = now;
            }
            return value;
        }
    }
}
