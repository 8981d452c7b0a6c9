package io.github.litetcc.repository.redis;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.FinishRequest;
import io.github.litetcc.spi.FinishRequests;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.Tombstone;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spi.TransactionRepository;
import io.lettuce.core.ScriptOutputType;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.Arrays;

import static io.github.litetcc.redis.ScriptReplies.args;
import static io.github.litetcc.redis.ScriptReplies.fields;

/**
 * The transaction log on Redis (standalone, Sentinel or Cluster). Every protocol write is one atomic Lua
 * script, so one round trip; the layout is described by {@link RecordKeys} and {@link RecordHash}.
 *
 * <p><b>Clock.</b> Times come from Redis' {@code TIME}, read inside the scripts. On a cluster each shard is
 * read on the clock of the master that holds it: a record's lease and due time are always set and compared
 * on that one node's clock, so skew between masters never shortens a lease, but {@link #now()} (shard 0's
 * node) may differ from another shard's clock by the masters' skew. Keep their clocks in sync (NTP).
 *
 * <p>Thread-safe. Built on a {@link RedisConnection}; {@link #close()} closes it only when this repository
 * opened it ({@link #open}, {@link #openCluster}).
 */
public final class RedisTransactionRepository implements TransactionRepository, AutoCloseable {
    /** The script guards' status lists: from where a header may move to each status, and finish as each terminal one. */
    private static final Map<TransactionStatus, String> MAY_MOVE_TO = codesPerStatus((s, to) -> s == to || s.canMoveTo(to));
    private static final Map<TransactionStatus, String> MAY_FINISH_AS = codesPerStatus((s, terminal) -> s == terminal
            || s.phase().map(TransactionStatus::finished).filter(terminal::equals).isPresent());

    private static final RepositoryScripts SCRIPTS = new RepositoryScripts();
    private final RedisConnection connection;
    private final boolean ownsConnection;
    private final RedisRepositoryConfig config;
    private final RecordKeys keys;
    private final ShardScans scans;
    private final RecordListing listing;

    /** A repository on a connection the caller manages (and may share with a fence). */
    public RedisTransactionRepository(RedisConnection connection, RedisRepositoryConfig config) {
        this(connection, config, false);
    }

    private RedisTransactionRepository(RedisConnection connection, RedisRepositoryConfig config, boolean owns) {
        this.connection = requireArgument(connection, "connection");
        this.config = requireArgument(config, "config");
        this.ownsConnection = owns;
        this.keys = new RecordKeys(config.namespace(), config.shards());
        this.scans = new ShardScans(connection, keys, SCRIPTS);
        this.listing = new RecordListing(scans, keys.shards());
        SCRIPTS.preload(connection);
    }

    /** Opens its own connection: {@code redis://}, {@code rediss://} (TLS) or {@code redis-sentinel://…#master}. */
    public static RedisTransactionRepository open(String uri, RedisRepositoryConfig config) {
        RedisConnection connection = RedisConnection.open(uri);
        return owning(connection, config);
    }

    /** Opens its own connection to a Redis Cluster through the given seed nodes. */
    public static RedisTransactionRepository openCluster(List<String> seedUris, RedisRepositoryConfig config) {
        RedisConnection connection = RedisConnection.openCluster(seedUris);
        return owning(connection, config);
    }

    private static RedisTransactionRepository owning(RedisConnection connection, RedisRepositoryConfig config) {
        try {
            return new RedisTransactionRepository(connection, config, true);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    public RedisRepositoryConfig config() {
        return config;
    }

    @Override
    public Instant now() {
        Long millis = SCRIPTS.now.run(connection, ScriptOutputType.INTEGER, new byte[][] {keys.due(0)});
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long create(NewTransaction transaction) {
        requireArgument(transaction, "transaction");
        TransactionKey key = transaction.key();
        Branch branch = requireFreshBranch(key, transaction.firstBranch());
        int shard = keys.shardOf(key);
        Long result = SCRIPTS.create.run(connection, ScriptOutputType.INTEGER,
                new byte[][] {keys.record(key), keys.due(shard), keys.index(shard)},
                args(RecordKeys.member(key), transaction.timeout().toMillis(), transaction.dueIn().toMillis(),
                        transaction.owner(), RecordHash.branchField(branch.id()), RecordCodec.encodeBranch(branch),
                        RecordHash.FORMAT));
        if (result < 0) {
            throw new ConcurrentUpdateException("Transaction " + key + " already exists: not created again");
        }
        return 1;
    }

    @Override
    public boolean createTombstone(Tombstone tombstone) {
        TransactionKey key = requireArgument(tombstone, "tombstone").key();
        int shard = keys.shardOf(key);
        Long result = SCRIPTS.tombstone.run(connection, ScriptOutputType.INTEGER,
                new byte[][] {keys.record(key), keys.due(shard), keys.index(shard)},
                args(RecordKeys.member(key), tombstone.dueIn().toMillis(), RecordHash.FORMAT));
        return result > 0;
    }

    @Override
    public long enlist(TransactionKey key, Branch branch) {
        requireArgument(key, "key");
        requireFreshBranch(key, branch);
        Long result = SCRIPTS.enlist.run(connection, ScriptOutputType.INTEGER, new byte[][] {keys.record(key)},
                args(RecordHash.branchField(branch.id()), RecordCodec.encodeBranch(branch)));
        if (result == -1) {
            throw new NoSuchTransactionException("Cannot enlist branch " + branch.id() + ": no transaction " + key
                    + " in the log (never begun, or already finished)");
        }
        if (result == -2) {
            throw new ConcurrentUpdateException("Cannot enlist branch " + branch.id() + " in " + key + ": no longer TRYING");
        }
        if (result == -3) {
            throw new ConcurrentUpdateException("Branch " + branch.id() + " is already enlisted in " + key + ": not enlisted again");
        }
        return result;
    }

    @Override
    public void attachTryContext(TransactionKey key, BranchId branch, byte[] context) {
        requireArgument(key, "key");
        requireArgument(branch, "branch");
        requireWithinLimit(key, branch, "try context", requireArgument(context, "context"));
        Long result = SCRIPTS.attach.run(connection, ScriptOutputType.INTEGER, new byte[][] {keys.record(key)},
                args(RecordHash.branchField(branch), RecordHash.contextField(branch), RecordHash.contextValue(context)));
        if (result == -1 || result == -3) {
            throw new NoSuchTransactionException("Cannot attach the try context of branch " + branch + ": no "
                    + (result == -1 ? "transaction " + key : "such branch in " + key));
        }
        if (result == -2) {
            throw new ConcurrentUpdateException("Cannot attach the try context of branch " + branch + " in " + key
                    + ": no longer TRYING");
        }
    }

    @Override
    public boolean compareAndSet(TransactionKey key, long expectedVersion, RecordUpdate update) {
        requireArgument(key, "key");
        requireArgument(update, "update");
        Long result = SCRIPTS.compareAndSet.run(connection, ScriptOutputType.INTEGER,
                new byte[][] {keys.record(key), keys.due(keys.shardOf(key))},
                args(RecordKeys.member(key), expectedVersion, update.status().code(), update.attempts(),
                        optional(update.nextAttemptIn() == null ? null : update.nextAttemptIn().toMillis()),
                        optional(update.owner()), optional(update.lastError()), update.status().isTerminal() ? "1" : "0",
                        MAY_MOVE_TO.get(update.status())));
        if (result < 0) {
            throw new IllegalTransitionException("Transaction " + key + " cannot move from "
                    + TransactionStatus.fromCode((int) -result) + " to " + update.status());
        }
        return result == 1;
    }

    @Override
    public void recordBranchStatus(TransactionKey key, BranchId branch, BranchStatus status) {
        requireArgument(key, "key");
        requireArgument(branch, "branch");
        if (requireArgument(status, "status") == BranchStatus.ENLISTED) {
            throw new InvalidInputException("A branch's phase-2 result is CONFIRMED or CANCELLED, not " + status);
        }
        Long result = SCRIPTS.branch.run(connection, ScriptOutputType.INTEGER, new byte[][] {keys.record(key)},
                args(RecordHash.branchField(branch), RecordHash.stateField(branch), status.code()));
        if (result == -1) {
            throw new NoSuchTransactionException("Cannot record " + status + " for branch " + branch
                    + ": no such branch or transaction " + key);
        }
        if (result == -2) {
            throw new IllegalTransitionException("Branch " + branch + " of " + key + " cannot move to " + status
                    + ": it already holds the other phase-2 result");
        }
    }

    @Override
    public boolean finish(TransactionKey key, long expectedVersion, TransactionStatus terminal) {
        requireArgument(key, "key");
        if (!requireArgument(terminal, "terminal").isTerminal()) {
            throw new InvalidInputException("finish needs CONFIRMED or CANCELLED for " + key + ", was " + terminal);
        }
        FinishRequest request = new FinishRequest(key, expectedVersion, terminal);
        Long result = SCRIPTS.finish.run(connection, ScriptOutputType.INTEGER, finishKeys(request), finishArgs(request));
        if (result < 0) {
            throw new IllegalTransitionException("Transaction " + key + " is " + TransactionStatus.fromCode((int) -result)
                    + ": it cannot finish as " + terminal);
        }
        return result == 1;
    }

    /** {@inheritDoc} Every finish script is sent before any answer is awaited: one round trip for the lot. */
    @Override
    public List<Boolean> finishAll(List<FinishRequest> requests) {
        FinishRequests.checked(requests);
        List<Long> results = SCRIPTS.finish.runAll(connection, ScriptOutputType.INTEGER,
                requests.stream().map(this::finishKeys).toList(), requests.stream().map(this::finishArgs).toList());
        return results.stream().map(result -> result == 1).toList();
    }

    private byte[][] finishKeys(FinishRequest request) {
        int shard = keys.shardOf(request.key());
        return new byte[][] {keys.record(request.key()), keys.due(shard), keys.index(shard)};
    }

    private byte[][] finishArgs(FinishRequest request) {
        TransactionStatus terminal = request.terminal();
        return args(RecordKeys.member(request.key()), request.expectedVersion(), terminal.code(),
                config.archiveFinished() ? Long.toString(config.archiveTtl().toMillis()) : "",
                MAY_FINISH_AS.get(terminal));
    }

    @Override
    public Optional<GlobalTransaction> find(TransactionKey key) {
        requireArgument(key, "key");
        var hash = connection.call("Reading " + key, commands -> commands.hgetall(keys.record(key)));
        return hash.isEmpty() ? Optional.empty() : Optional.of(RecordHash.decode(key, fields(hash)));
    }

    @Override
    public DueRecords findDue(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("findDue needs a limit of at least 1, was " + limit);
        }
        return listing.due(limit);
    }

    @Override
    public void postpone(TransactionKey key, Duration delay) {
        requireArgument(key, "key");
        if (requireArgument(delay, "delay").isNegative()) {
            throw new InvalidInputException("postpone delay must not be negative, was " + delay + " for " + key);
        }
        Long result = SCRIPTS.postpone.run(connection, ScriptOutputType.INTEGER,
                new byte[][] {keys.record(key), keys.due(keys.shardOf(key))}, args(RecordKeys.member(key), delay.toMillis()));
        if (result == -1) {
            throw new NoSuchTransactionException("Cannot postpone " + key + ": no such transaction in the log");
        }
    }

    @Override
    public Page<GlobalTransaction> list(TransactionQuery query) {
        return listing.list(requireArgument(query, "query"));
    }

    @Override
    public boolean archivesFinished() {
        return config.archiveFinished();
    }

    /** Closes the connection if this repository opened it. */
    @Override
    public void close() {
        if (ownsConnection) {
            connection.close();
        }
    }

    @Override
    public String toString() {
        return "RedisTransactionRepository[" + config.namespace() + " on " + connection + "]";
    }

    private Branch requireFreshBranch(TransactionKey key, Branch branch) {
        requireArgument(branch, "branch");
        if (branch.status() != BranchStatus.ENLISTED) {
            throw new InvalidInputException("Branch " + branch.id() + " must be enlisted as ENLISTED, was " + branch.status());
        }
        return requirePayloadWithinLimit(key, branch);
    }

    /** Per status: the codes of the statuses a header may have to move to it (the state machine's, computed once). */
    private static Map<TransactionStatus, String> codesPerStatus(BiPredicate<TransactionStatus, TransactionStatus> allowed) {
        Map<TransactionStatus, String> codes = new EnumMap<>(TransactionStatus.class);
        for (TransactionStatus target : TransactionStatus.values()) {
            codes.put(target, codes(s -> allowed.test(s, target)));
        }
        return codes;
    }

    private static String codes(Predicate<TransactionStatus> allowed) {
        return Arrays.stream(TransactionStatus.values()).filter(allowed)
                .map(s -> Integer.toString(s.code())).collect(Collectors.joining(",", ",", ","));
    }

    private Branch requirePayloadWithinLimit(TransactionKey key, Branch branch) {
        requireWithinLimit(key, branch.id(), "try arguments", branch.arguments());
        requireWithinLimit(key, branch.id(), "try context", branch.tryContext());
        return branch;
    }

    private void requireWithinLimit(TransactionKey key, BranchId branch, String what, byte[] payload) {
        if (payload != null && payload.length > config.maxBranchPayloadBytes()) {
            throw new InvalidInputException("The " + what + " of branch " + branch + " in " + key + " are "
                    + payload.length + " bytes, over the limit maxBranchPayloadBytes=" + config.maxBranchPayloadBytes());
        }
    }

    private static String optional(Object value) {
        return value == null ? "" : "=" + value;
    }

    private static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null");
        }
        return value;
    }
}
