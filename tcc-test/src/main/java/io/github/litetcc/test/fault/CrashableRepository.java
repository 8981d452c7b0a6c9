package io.github.litetcc.test.fault;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.FinishRequests;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A node's handle on a shared repository that passes a {@link FaultInjector} step before and after every write.
 * Once the node has crashed, every call refuses with {@link SimulatedCrash}: writes, reads and the clock alike.
 */
public final class CrashableRepository implements TransactionRepository {
    private final TransactionRepository delegate;
    private final FaultInjector injector;

    public CrashableRepository(TransactionRepository delegate, FaultInjector injector) {
        this.delegate = delegate;
        this.injector = injector;
    }

    @Override
    public Instant now() {
        requireAlive("now");
        return delegate.now();
    }

    @Override
    public long create(NewTransaction transaction) {
        return write(() -> "create " + transaction.firstBranch().id(), () -> delegate.create(transaction));
    }

    @Override
    public boolean createTombstone(Tombstone tombstone) {
        return write(() -> "tombstone " + tombstone.key(), () -> delegate.createTombstone(tombstone));
    }

    @Override
    public long enlist(TransactionKey key, Branch branch) {
        return write(() -> "enlist " + branch.id(), () -> delegate.enlist(key, branch));
    }

    @Override
    public void attachTryContext(TransactionKey key, BranchId branch, byte[] context) {
        write(() -> "attach context " + branch, () -> {
            delegate.attachTryContext(key, branch, context);
            return null;
        });
    }

    @Override
    public boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update) {
        return write(() -> "cas " + update.status(), () -> delegate.compareAndSet(key, expectedVersion, update));
    }

    @Override
    public void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status) {
        write(() -> "record " + branch + " " + status, () -> {
            delegate.recordBranchStatus(key, branch, status);
            return null;
        });
    }

    @Override
    public boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal) {
        return write(() -> "finish " + terminal, () -> delegate.finish(key, expectedVersion, terminal));
    }

    @Override
    public List<Boolean> finishAll(List<FinishRequest> requests) {
        return write(() -> "finish " + FinishRequests.checked(requests).size() + " records", () -> delegate.finishAll(requests));
    }

    @Override
    public Optional<GlobalTransaction> find(TransactionKey key) {
        requireAlive("find");
        return delegate.find(key);
    }

    @Override
    public DueRecords findDue(int limit) {
        requireAlive("findDue");
        return delegate.findDue(limit);
    }

    @Override
    public void postpone(TransactionKey key, Duration delay) {
        write(() -> "postpone", () -> {
            delegate.postpone(key, delay);
            return null;
        });
    }

    @Override
    public Page<GlobalTransaction> list(TransactionQuery query) {
        requireAlive("list");
        return delegate.list(query);
    }

    @Override
    public boolean archivesFinished() {
        requireAlive("archivesFinished");
        return delegate.archivesFinished();
    }

    /** Passes a step before and after {@code call}; a crashed node refuses before it even reads the arguments. */
    private <T> T write(Supplier<String> stepName, Supplier<T> call) {
        requireAlive("write");
        String name = stepName.get();
        injector.step("before " + name);
        T result = call.get();
        injector.step("after " + name);
        return result;
    }

    private void requireAlive(String call) {
        injector.requireAlive("repository " + call);
    }
}
