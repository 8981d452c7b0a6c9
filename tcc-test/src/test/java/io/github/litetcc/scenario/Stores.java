package io.github.litetcc.scenario;

import io.github.litetcc.fence.memory.InMemoryFence;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.test.MutableClock;
import io.github.litetcc.test.ledger.Ledger;

import java.time.Duration;
import java.time.Instant;

/** What survives a crash: the log, the fence, the business ledger and the clock they share. */
public record Stores(MutableClock clock, InMemoryTransactionRepository repository, InMemoryFence fence, Ledger ledger) {

    public static Stores fresh() {
        MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T06:00:00Z"));
        return new Stores(clock, new InMemoryTransactionRepository(clock), new InMemoryFence(clock), new Ledger());
    }

    /** Whether the log holds no unfinished record. */
    public boolean logIsEmpty() {
        return repository.list(TransactionQuery.unfinished(10)).items().isEmpty();
    }

    /** Whether the fence holds no TRIED row past its deadline. */
    public boolean noTriedRowLeft() {
        return fence.findOrphans(Duration.ZERO, 10).isEmpty();
    }
}
