package io.github.litetcc.test.fault;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FencedBody;
import io.github.litetcc.test.ledger.Ledger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A node's handle on a shared fence whose fenced phases form one local transaction with the
 * {@link Ledger}'s effects: the effects staged by the body take effect only if the fenced phase commits.
 * It passes a {@link FaultInjector} step before the phase, at the end of the body (before the commit) and
 * after the commit. Once the node has crashed, every call refuses with {@link SimulatedCrash}, reads and
 * housekeeping included.
 */
public final class CrashableFence implements Fence {
    private final Fence delegate;
    private final FaultInjector injector;
    private final Ledger ledger;

    public CrashableFence(Fence delegate, FaultInjector injector, Ledger ledger) {
        this.delegate = delegate;
        this.injector = injector;
        this.ledger = ledger;
    }

    @Override
    public FenceResult execute(FenceRequest request, FencedBody body) throws Exception {
        injector.requireAlive("fence execute");
        String phase = request.phase() + " " + request.branch();
        injector.step("before fenced " + phase);
        ledger.begin();
        FenceResult result;
        try {
            result = delegate.execute(request, () -> {
                byte[] value = body.run();
                injector.step("end of body " + phase);
                return value;
            });
        } catch (Exception | Error e) {
            ledger.discardStaged();
            throw e;
        }
        ledger.commitStaged();
        injector.step("after fenced " + phase + " " + result.outcome());
        return result;
    }

    @Override
    public int cleanUp(Duration horizon, int batchSize) {
        injector.requireAlive("fence cleanUp");
        return delegate.cleanUp(horizon, batchSize);
    }

    @Override
    public List<FenceRecord> findOrphans(Duration age, int limit) {
        injector.requireAlive("fence findOrphans");
        return delegate.findOrphans(age, limit);
    }

    @Override
    public Optional<FenceRecord> find(Xid xid, BranchId branch) {
        injector.requireAlive("fence find");
        return delegate.find(xid, branch);
    }
}
