package io.github.litetcc.scenario;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;

import java.time.Instant;

/** Delivers every confirm and cancel of a local branch twice, as a network that duplicates messages would. */
final class DuplicatingInvoker implements BranchInvoker {
    private final BranchInvoker delegate;

    DuplicatingInvoker(BranchInvoker delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean supports(BranchKind kind) {
        return delegate.supports(kind);
    }

    @Override
    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception {
        delegate.invoke(key, branch, phase, deadline);
        delegate.invoke(key, branch, phase, deadline);
    }
}
