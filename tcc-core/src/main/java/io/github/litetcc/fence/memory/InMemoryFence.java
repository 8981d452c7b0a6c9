package io.github.litetcc.fence.memory;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FenceStatus;
import io.github.litetcc.spi.FencedBody;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fence in memory: the state machine of {@link Fence} on rows kept in the process. Thread-safe. Each
 * call locks its (xid, branch) row for the whole phase, so the transition and the body are atomic: the row
 * change is published only once the body returned, and a body that throws leaves the row as it was, as if
 * the local transaction had rolled back. A call that cannot get the row's lock within the lock wait (a
 * long try still running) answers {@link FenceOutcome#RETRY}, like a database's lock wait time-out.
 *
 * <p>Times are on the injected clock, cut to milliseconds.
 */
public final class InMemoryFence implements Fence {
    /** Largest try result stored by default, in bytes. */
    public static final int DEFAULT_MAX_TRY_RESULT_BYTES = 4096;
    /** How long a call waits by default for a row that another call holds. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    private final Clock clock;
    private final int maxTryResultBytes;
    private final Duration lockWait;
    private final Map<RowKey, FenceRow> rows = new ConcurrentHashMap<>();
    private final KeyedLocks<RowKey> locks = new KeyedLocks<>();

    /** A fence on the system clock (UTC) with the default limits. */
    public InMemoryFence() {
        this(Clock.systemUTC());
    }

    /** A fence on {@code clock} with the default limits. */
    public InMemoryFence(Clock clock) {
        this(clock, DEFAULT_MAX_TRY_RESULT_BYTES, DEFAULT_LOCK_WAIT);
    }

    /**
     * A fence on {@code clock} that stores try results of at most {@code maxTryResultBytes} bytes and waits
     * at most {@code lockWait} for a row another call holds.
     */
    public InMemoryFence(Clock clock, int maxTryResultBytes, Duration lockWait) {
        if (clock == null) {
            throw new InvalidInputException("clock must not be null");
        }
        if (maxTryResultBytes < 0) {
            throw new InvalidInputException("maxTryResultBytes must not be negative, was " + maxTryResultBytes);
        }
        if (lockWait == null || lockWait.isNegative()) {
            throw new InvalidInputException("lockWait must be zero or more, was " + lockWait);
        }
        this.clock = clock;
        this.maxTryResultBytes = maxTryResultBytes;
        this.lockWait = lockWait;
    }

    /** The largest try result this fence stores, in bytes. */
    public int maxTryResultBytes() {
        return maxTryResultBytes;
    }

    @Override
    public FenceResult execute(FenceRequest request, FencedBody body) throws Exception {
        requireArgument(request, "request");
        requireArgument(body, "body");
        RowKey key = new RowKey(request.xid(), request.branch());
        if (!lock(key)) {
            return FenceResult.of(FenceOutcome.RETRY);
        }
        try {
            return request.phase() == Phase.TRY ? tryPhase(key, request, body) : secondPhase(key, request, body);
        } finally {
            locks.unlock(key);
        }
    }

    @Override
    public int cleanUp(Duration horizon, int batchSize) {
        requireNotNegative(horizon, "horizon");
        if (batchSize < 1) {
            throw new InvalidInputException("batchSize must be at least 1, was " + batchSize);
        }
        Instant cutoff = now().minus(horizon);
        int deleted = 0;
        for (Map.Entry<RowKey, FenceRow> entry : rows.entrySet()) {
            FenceRow row = entry.getValue();
            if (deleted == batchSize) {
                break;
            }
            if (row.status().isTerminal() && row.deadline().isBefore(cutoff) && rows.remove(entry.getKey(), row)) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public List<FenceRecord> findOrphans(Duration age, int limit) {
        requireNotNegative(age, "age");
        if (limit < 1) {
            throw new InvalidInputException("limit must be at least 1, was " + limit);
        }
        Instant cutoff = now().minus(age);
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().status() == FenceStatus.TRIED && entry.getValue().deadline().isBefore(cutoff))
                .map(entry -> entry.getValue().toRecord(entry.getKey()))
                .sorted(Comparator.comparing(FenceRecord::deadline).thenComparing(FenceRecord::xid).thenComparing(FenceRecord::branch))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<FenceRecord> find(Xid xid, BranchId branch) {
        RowKey key = new RowKey(requireArgument(xid, "xid"), requireArgument(branch, "branch"));
        return Optional.ofNullable(rows.get(key)).map(row -> row.toRecord(key));
    }

    private FenceResult tryPhase(RowKey key, FenceRequest request, FencedBody body) throws Exception {
        FenceRow row = rows.get(key);
        if (row != null) {
            FenceOutcome outcome = row.status().isCancelled() ? FenceOutcome.REJECTED : FenceOutcome.DUPLICATE;
            return new FenceResult(outcome, outcome == FenceOutcome.DUPLICATE ? row.tryResult() : null);
        }
        byte[] result = body.run();
        requireStorable(key, result);
        rows.put(key, FenceRow.inserted(FenceStatus.TRIED, request.deadline(), result, now()));
        return new FenceResult(FenceOutcome.APPLIED, result);
    }

    /** Confirm and cancel: one path, parameterised by the phase. */
    private FenceResult secondPhase(RowKey key, FenceRequest request, FencedBody body) throws Exception {
        FenceStatus target = request.phase() == Phase.CONFIRM ? FenceStatus.CONFIRMED : FenceStatus.CANCELLED;
        FenceRow row = rows.get(key);
        if (row == null) {
            return absentInSecondPhase(key, request);
        }
        if (row.status() == FenceStatus.TRIED) {
            body.run();
            rows.put(key, row.movedTo(target, now()));
            return FenceResult.of(FenceOutcome.APPLIED);
        }
        boolean sameDirection = target == FenceStatus.CANCELLED ? row.status().isCancelled() : row.status() == target;
        return FenceResult.of(sameDirection ? FenceOutcome.DUPLICATE : FenceOutcome.PROTOCOL_VIOLATION);
    }

    private FenceResult absentInSecondPhase(RowKey key, FenceRequest request) {
        if (request.phase() == Phase.CONFIRM) {
            return FenceResult.of(FenceOutcome.RETRY);
        }
        rows.put(key, FenceRow.inserted(FenceStatus.CANCELLED_EMPTY, request.deadline(), null, now()));
        return FenceResult.of(FenceOutcome.EMPTY);
    }

    private boolean lock(RowKey key) {
        try {
            return locks.tryLock(key, lockWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryUnavailableException("Interrupted while waiting for the fence row of " + key + "; nothing changed", e);
        }
    }

    private void requireStorable(RowKey key, byte[] result) {
        if (result != null && result.length > maxTryResultBytes) {
            throw new InvalidInputException("The try of " + key + " returned " + result.length
                    + " bytes, over the fence's limit of " + maxTryResultBytes + " bytes: nothing was stored");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireNotNegative(Duration duration, String name) {
        if (duration == null || duration.isNegative()) {
            throw new InvalidInputException(name + " must be zero or more, was " + duration);
        }
    }

    private static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null");
        }
        return value;
    }
}
