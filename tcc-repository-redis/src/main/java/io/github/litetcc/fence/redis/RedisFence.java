package io.github.litetcc.fence.redis;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceResult;
import io.github.litetcc.spi.FencedBody;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

import static io.github.litetcc.redis.ScriptReplies.fields;

/**
 * The fence on Redis: the state machine of {@link Fence}, one Lua script per phase, one hash per (xid, branch).
 *
 * <p><b>Atomic form.</b> {@link #execute(FenceRequest, RedisBusinessChange)} runs the participant's business
 * change, written in Lua, inside the fence's script: fence transition and business change apply together or
 * not at all. Redis does not roll a script back, so the script copies the change's keys before running it and
 * puts them back when the change raises an error or returns a try result over the limit; the fence row is
 * written only after every check passed.
 *
 * <p><b>Java-body form.</b> {@link #execute(FenceRequest, FencedBody)} cannot be atomic with the body: it writes
 * the transition as <i>pending</i>, runs the body, then completes the transition, or reverts it by a
 * compare-and-set on a token if the body throws. Other calls on the same branch wait while it is pending (up to
 * {@link RedisFenceConfig#lockWaitTimeout()}, then RETRY) and do not see it, like an uncommitted row. A body still
 * pending after {@link RedisFenceConfig#pendingTimeout()} is reverted. A crash between the body and the
 * completion can therefore run a body twice: use the atomic form, or a JDBC fence, where that matters.
 *
 * <p>Thread-safe. Built on a {@link RedisConnection} the caller manages.
 */
public final class RedisFence implements Fence {
    private static final String APPLY = "apply";
    private final RedisConnection connection;
    private final RedisFenceConfig config;
    private final FenceKeys keys;
    private final FenceScripts scripts = new FenceScripts();
    private final FencePhases phases;
    private final FenceMaintenance maintenance;

    public RedisFence(RedisConnection connection, RedisFenceConfig config) {
        this.connection = requireArgument(connection, "connection");
        this.config = requireArgument(config, "config");
        this.keys = new FenceKeys(config.namespace(), config.shards());
        this.phases = new FencePhases(connection, keys, scripts, config);
        this.maintenance = new FenceMaintenance(connection, keys, scripts);
        scripts.preload(connection);
    }

    public RedisFenceConfig config() {
        return config;
    }

    /**
     * The hash tag of the (xid, branch) row. On a cluster, keys of a {@link RedisBusinessChange} must start with
     * it (for example {@code hashTag(xid, branch) + ":reservation"}) so that they live in the row's slot.
     */
    public String hashTag(Xid xid, BranchId branch) {
        return keys.tag(keys.shardOf(requireArgument(xid, "xid"), requireArgument(branch, "branch")));
    }

    @Override
    public FenceResult execute(FenceRequest request, FencedBody body) throws Exception {
        requireArgument(request, "request");
        requireArgument(body, "body");
        String token = UUID.randomUUID().toString();
        FencePhases.Reply reply = phases.begin(request, scripts.phase, token, List.of(), List.of());
        return reply.is("RUN") ? runBody(request, token, body) : result(request, reply);
    }

    /**
     * Runs one fenced phase with its business change in the same atomic script (for a try, the change's return
     * value becomes the try result). The change runs only when the phase applies (never for DUPLICATE, EMPTY,
     * REJECTED, PROTOCOL_VIOLATION or RETRY).
     *
     * @throws RedisBusinessChangeException if the snippet raised an error (nothing changed: its keys were put back)
     * @throws InvalidInputException if a key is outside the row's cluster slot, or the try result is over the limit
     *                               (nothing changed: the fence wrote nothing and the change's keys were put back)
     * @throws RepositoryUnavailableException if Redis failed
     */
    public FenceResult execute(FenceRequest request, RedisBusinessChange change) {
        requireArgument(request, "request");
        requireArgument(change, "change");
        requireRowSlot(request, change.keys());
        FencePhases.Reply reply = phases.begin(request, scripts.phaseWith(change.luaSnippet()), APPLY, change.keys(), change.args());
        if (reply.is("FAILED")) {
            throw new RedisBusinessChangeException("The business change of " + describe(request) + " failed: "
                    + reply.detailText());
        }
        if (reply.is("TOO_BIG")) {
            throw tooBig(request, Integer.parseInt(reply.detailText()));
        }
        return result(request, reply);
    }

    @Override
    public int cleanUp(Duration horizon, int batchSize) {
        if (requireArgument(horizon, "horizon").isNegative()) {
            throw new InvalidInputException("Fence clean-up horizon must not be negative, was " + horizon);
        }
        if (batchSize < 1) {
            throw new InvalidInputException("Fence clean-up batchSize must be positive, was " + batchSize);
        }
        return maintenance.cleanUp(horizon, batchSize);
    }

    @Override
    public List<FenceRecord> findOrphans(Duration age, int limit) {
        if (requireArgument(age, "age").isNegative()) {
            throw new InvalidInputException("Orphan age must not be negative, was " + age);
        }
        if (limit < 1) {
            throw new InvalidInputException("Orphan limit must be positive, was " + limit);
        }
        return maintenance.findOrphans(age, limit);
    }

    @Override
    public Optional<FenceRecord> find(Xid xid, BranchId branch) {
        requireArgument(xid, "xid");
        requireArgument(branch, "branch");
        var hash = connection.call("Reading the fence row of " + xid + " branch " + branch,
                commands -> commands.hgetall(keys.row(xid, branch).getBytes(StandardCharsets.UTF_8)));
        return FenceRows.committed(xid, branch, fields(hash));
    }

    @Override
    public String toString() {
        return "RedisFence[" + config.namespace() + " on " + connection + "]";
    }

    private FenceResult runBody(FenceRequest request, String token, FencedBody body) throws Exception {
        boolean kept = false;
        Exception failure = null;
        try {
            byte[] result = body.run();
            boolean isTry = request.phase() == Phase.TRY;
            if (isTry && result != null && result.length > config.maxTryResultBytes()) {
                throw tooBig(request, result.length);
            }
            kept = true;
            if (!phases.complete(request, token, isTry ? FenceRows.storedResult(result) : new byte[0])) {
                throw new ConcurrentUpdateException("The fenced " + describe(request) + " ran longer than pendingTimeout="
                        + config.pendingTimeout() + " and its fence transition was reverted; its effect may be repeated");
            }
            return new FenceResult(FenceOutcome.APPLIED, isTry ? result : null);
        } catch (Exception e) {
            failure = e;
            throw e;
        } finally {
            if (!kept) {
                abort(request, token, failure);
            }
        }
    }

    private void abort(FenceRequest request, String token, Exception failure) {
        try {
            phases.abort(request, token);
        } catch (RepositoryUnavailableException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static FenceResult result(FenceRequest request, FencePhases.Reply reply) {
        FenceOutcome outcome = FenceOutcome.valueOf(reply.outcome());
        boolean carriesResult = request.phase() == Phase.TRY && (outcome == FenceOutcome.DUPLICATE || outcome == FenceOutcome.APPLIED);
        return new FenceResult(outcome, carriesResult ? FenceRows.tryResult(reply.detail()) : null);
    }

    private void requireRowSlot(FenceRequest request, List<String> businessKeys) {
        if (!connection.isCluster()) {
            return;
        }
        int rowSlot = RedisConnection.slotOf(phases.row(request));
        for (String key : businessKeys) {
            if (RedisConnection.slotOf(key) != rowSlot) {
                throw new InvalidInputException("Business key '" + key + "' is not in the cluster slot of the fence row of "
                        + describe(request) + ": start it with the hash tag " + hashTag(request.xid(), request.branch()));
            }
        }
    }

    private InvalidInputException tooBig(FenceRequest request, int size) {
        return new InvalidInputException("The try result of " + describe(request) + " is " + size
                + " bytes, over the limit maxTryResultBytes=" + config.maxTryResultBytes());
    }

    private static String describe(FenceRequest request) {
        return request.phase() + " of xid " + request.xid() + " branch " + request.branch();
    }

    private static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null");
        }
        return value;
    }
}
