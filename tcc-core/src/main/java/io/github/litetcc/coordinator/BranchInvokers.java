package io.github.litetcc.coordinator;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;

import java.time.Instant;
import java.util.List;

/** Routes a branch to the invoker that supports its kind; a branch nobody supports is a configuration error. */
public final class BranchInvokers {
    private final List<BranchInvoker> invokers;

    public BranchInvokers(List<BranchInvoker> invokers) {
        this.invokers = List.copyOf(invokers);
    }

    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) throws Exception {
        for (BranchInvoker invoker : invokers) {
            if (invoker.supports(branch.kind())) {
                invoker.invoke(key, branch, phase, deadline);
                return;
            }
        }
        throw new TccConfigurationException("No branch invoker handles " + branch.kind() + " branches (branch " + branch.id()
                + " of xid " + key.xid() + "); add the module that serves them (e.g. tcc-dubbo for REMOTE)");
    }
}
