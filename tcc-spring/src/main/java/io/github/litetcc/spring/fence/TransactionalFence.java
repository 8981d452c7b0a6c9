package io.github.litetcc.spring.fence;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FencedBody;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fence whose every phase runs in a new Spring-managed local transaction (READ COMMITTED, {@code REQUIRES_NEW}):
 * the delegate fence (one that joins the Spring transaction of its data source) writes its row there, the business
 * body joins it through {@code @Transactional} or {@code DataSourceUtils}, and both commit together or roll back
 * together when the body throws. A phase never joins a transaction the caller has open, so its outcome never
 * depends on the caller's commit. Thread-safe.
 */
public final class TransactionalFence implements Fence {
    private final Fence delegate;
    private final TransactionTemplate template;

    public TransactionalFence(Fence delegate, PlatformTransactionManager transactionManager) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.template = new TransactionTemplate(Objects.requireNonNull(transactionManager, "transactionManager"));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    public FenceResult execute(FenceRequest request, FencedBody body) throws Exception {
        try {
            return template.execute(status -> {
                try {
                    return delegate.execute(request, body);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new CheckedFailure(e);
                }
            });
        } catch (CheckedFailure failure) {
            throw failure.checked;
        }
    }

    @Override
    public int cleanUp(Duration horizon, int batchSize) {
        return delegate.cleanUp(horizon, batchSize);
    }

    @Override
    public List<FenceRecord> findOrphans(Duration age, int limit) {
        return delegate.findOrphans(age, limit);
    }

    @Override
    public Optional<FenceRecord> find(Xid xid, BranchId branch) {
        return delegate.find(xid, branch);
    }

    /** The fence this one runs in a transaction. */
    public Fence delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return "TransactionalFence[" + delegate + "]";
    }

    /** Carries a checked exception of the body through the template, which rolls back on it. */
    private static final class CheckedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Exception checked;

        CheckedFailure(Exception checked) {
            super(checked.toString(), checked, false, false);
            this.checked = checked;
        }
    }
}
