package io.github.litetcc.scenario;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;

import java.time.Instant;
import java.util.List;

/**
 * Delivers every confirm and cancel and keeps a copy of it in {@code deliveries}, so that a test can deliver
 * the copies again later and in another order, as a network that delays and reorders messages would.
 */
final class RecordingInvoker implements BranchInvoker {
    private final BranchInvoker delegate;
    private final List<Delivery> deliveries;

    RecordingInvoker(BranchInvoker delegate, List<Delivery> deliveries) {
        this.delegate = delegate;
        this.deliveries = deliveries;
    }

    @Override
    public boolean supports(BranchKind kind) {
        return delegate.supports(kind);
    }

    @Override
    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception {
        deliveries.add(new Delivery(key, branch, phase, deadline));
        delegate.invoke(key, branch, phase, deadline);
    }

    /** One confirm or cancel call as it was sent. */
    record Delivery(TransactionKey key, Branch branch, Phase phase, Instant deadline) {

        void sendTo(BranchInvoker invoker) throws Exception {
            invoker.invoke(key, branch, phase, deadline);
        }
    }
}
