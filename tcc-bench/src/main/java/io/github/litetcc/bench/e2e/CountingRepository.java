package io.github.litetcc.bench.e2e;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A log that counts its writes per xid, so the driver can tell how many a transaction made before its caller got the
 * answer (the synchronous writes), and in total. Reads are passed through uncounted.
 */
final class CountingRepository implements TransactionRepository {
    private final TransactionRepository log;
    private final Map<String, AtomicInteger> byXid = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    CountingRepository(TransactionRepository log) {
        this.log = log;
    }

    /** The writes made so far for {@code xid}; forgets them. */
    int takeWrites(String xid) {
        AtomicInteger count = byXid.remove(xid);
        return count == null ? 0 : count.get();
    }

    long totalWrites() {
        return total.sum();
    }

    void reset() {
        byXid.clear();
        total.reset();
    }

    private void count(TransactionKey key) {
        total.increment();
        byXid.computeIfAbsent(key.xid().toString(), x -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public Instant now() {
        return log.now();
    }

    @Override
    public long create(NewTransaction transaction) {
        long version = log.create(transaction);
        count(transaction.key());
        return version;
    }

    @Override
    public boolean createTombstone(Tombstone tombstone) {
        boolean written = log.createTombstone(tombstone);
        count(tombstone.key());
        return written;
    }

    @Override
    public long enlist(TransactionKey key, Branch branch) {
        long version = log.enlist(key, branch);
        count(key);
        return version;
    }

    @Override
    public void attachTryContext(TransactionKey key, BranchId branch, byte[] context) {
        log.attachTryContext(key, branch, context);
        count(key);
    }

    @Override
    public boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update) {
        boolean applied = log.compareAndSet(key, expectedVersion, update);
        count(key);
        return applied;
    }

    @Override
    public void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status) {
        log.recordBranchStatus(key, branch, status);
        count(key);
    }

    @Override
    public boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal) {
        boolean finished = log.finish(key, expectedVersion, terminal);
        count(key);
        return finished;
    }

    /** One write per record (a batch shares its round trip, but each record's finish is one write of its transaction). */
    @Override
    public List<Boolean> finishAll(List<FinishRequest> requests) {
        List<Boolean> finished = log.finishAll(requests);
        requests.forEach(request -> count(request.key()));
        return finished;
    }

    @Override
    public Optional<GlobalTransaction> find(TransactionKey key) {
        return log.find(key);
    }

    @Override
    public DueRecords findDue(int limit) {
        return log.findDue(limit);
    }

    @Override
    public void postpone(TransactionKey key, Duration delay) {
        log.postpone(key, delay);
        count(key);
    }

    @Override
    public Page<GlobalTransaction> list(TransactionQuery query) {
        return log.list(query);
    }

    @Override
    public boolean archivesFinished() {
        return log.archivesFinished();
    }
}
