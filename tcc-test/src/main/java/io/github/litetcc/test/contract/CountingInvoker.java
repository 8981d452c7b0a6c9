package io.github.litetcc.test.contract;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A branch invoker for every kind of branch that succeeds and remembers each phase-2 call per record. Thread-safe. */
final class CountingInvoker implements BranchInvoker {
    private final Map<TransactionKey, Queue<Phase>> calls = new ConcurrentHashMap<>();

    @Override
    public boolean supports(BranchKind kind) {
        return true;
    }

    @Override
    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) {
        calls.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(phase);
    }

    /** The phases called on the branches of {@code key}, in order. */
    List<Phase> calls(TransactionKey key) {
        return List.copyOf(calls.getOrDefault(key, new ConcurrentLinkedQueue<>()));
    }
}
