package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.BranchContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The account participant of the tests: try freezes (refused beyond the balance), confirm debits, cancel releases.
 * Counts every phase that ran and records what each confirm and cancel received as the try's handover.
 */
public final class Accounts implements AccountService {
    final Map<String, Long> balances = new ConcurrentHashMap<>();
    final Map<String, Long> frozen = new ConcurrentHashMap<>();
    final AtomicInteger tries = new AtomicInteger();
    final AtomicInteger confirms = new AtomicInteger();
    final AtomicInteger cancels = new AtomicInteger();
    final AtomicInteger failNextConfirms = new AtomicInteger();
    final List<String> handovers = new CopyOnWriteArrayList<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    volatile Consumer<String> onTry = account -> { };

    Accounts open(String account, long balance) {
        balances.put(account, balance);
        frozen.put(account, 0L);
        return this;
    }

    @Override
    @Tcc(confirm = "debit", cancel = "release")
    public String freeze(String account, long amount) {
        onTry.accept(account);
        tries.incrementAndGet();
        synchronized (this) {
            if (available(account) < amount) {
                throw new IllegalStateException("insufficient balance on " + account + " for " + amount);
            }
            frozen.merge(account, amount, Long::sum);
        }
        BranchContext.handOver("hold-" + amount);
        return "frozen-" + account + "-" + amount;
    }

    public void debit(String account, long amount) {
        if (failNextConfirms.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the account ledger is unreachable");
        }
        synchronized (this) {
            frozen.merge(account, -amount, Long::sum);
            balances.merge(account, -amount, Long::sum);
        }
        handovers.add("confirm " + BranchContext.handedOver(String.class).orElse("none"));
        confirms.incrementAndGet();
    }

    public void release(String account, long amount) {
        synchronized (this) {
            frozen.merge(account, -amount, Long::sum);
        }
        handovers.add("cancel " + BranchContext.handedOver(String.class).orElse("none"));
        cancelled.add(account);
        cancels.incrementAndGet();
    }

    @Override
    public synchronized long available(String account) {
        return balances.getOrDefault(account, 0L) - frozen.getOrDefault(account, 0L);
    }

    synchronized long frozen(String account) {
        return frozen.getOrDefault(account, 0L);
    }
}
