package io.github.litetcc.fence.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.ScriptReplies;
import io.github.litetcc.spi.FenceRecord;
import io.github.litetcc.spi.FenceStatus;
import io.lettuce.core.ScriptOutputType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static io.github.litetcc.redis.ScriptReplies.args;
import static io.github.litetcc.redis.ScriptReplies.fields;
import static io.github.litetcc.redis.ScriptReplies.keys;
import static io.github.litetcc.redis.ScriptReplies.list;
import static io.github.litetcc.redis.ScriptReplies.text;

/**
 * Clean-up of old terminal rows and the listing of orphans, shard by shard, each on its shard's clock. Each takes
 * two scripts per shard (the index, then the rows it names), so every key a script touches comes in its KEYS.
 * Thread-safe.
 */
final class FenceMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(FenceMaintenance.class);
    private final RedisConnection connection;
    private final FenceKeys keys;
    private final FenceScripts scripts;

    FenceMaintenance(RedisConnection connection, FenceKeys keys, FenceScripts scripts) {
        this.connection = connection;
        this.keys = keys;
        this.scripts = scripts;
    }

    int cleanUp(Duration horizon, int batchSize) {
        int deleted = 0;
        for (int shard = 0; shard < keys.shards() && deleted < batchSize; shard++) {
            List<String> members = expired(keys.done(shard), horizon, batchSize - deleted);
            if (!members.isEmpty()) {
                Long count = scripts.cleanup.run(connection, ScriptOutputType.INTEGER, rowKeys(shard, keys.done(shard), members),
                        withFirst(horizon.toMillis(), members));
                deleted += count.intValue();
            }
        }
        return deleted;
    }

    List<FenceRecord> findOrphans(Duration age, int limit) {
        List<FenceRecord> orphans = new ArrayList<>();
        for (int shard = 0; shard < keys.shards(); shard++) {
            List<String> members = expired(keys.tried(shard), age, limit);
            if (members.isEmpty()) {
                continue;
            }
            List<?> reply = scripts.orphans.run(connection, ScriptOutputType.MULTI, rowKeys(shard, keys.tried(shard), members),
                    args(members.toArray()));
            for (Object entry : reply) {
                List<?> parts = list(entry);
                readable(text(parts.get(0)), list(parts.get(1))).ifPresent(orphans::add);
            }
        }
        orphans.sort(Comparator.comparing(FenceRecord::deadline));
        return List.copyOf(orphans.subList(0, Math.min(limit, orphans.size())));
    }

    /** Up to {@code limit} members of {@code index} whose deadline is older than the shard's clock minus {@code age}. */
    private List<String> expired(String index, Duration age, int limit) {
        List<?> reply = scripts.expired.run(connection, ScriptOutputType.MULTI, keys(index), args(age.toMillis(), limit));
        return reply.stream().map(ScriptReplies::text).toList();
    }

    /** The index, then the row key of each member: every key the follow-up script touches. */
    private byte[][] rowKeys(int shard, String index, List<String> members) {
        List<String> all = new ArrayList<>(List.of(index));
        members.forEach(member -> all.add(keys.rowPrefix(shard) + member));
        return keys(all.toArray(String[]::new));
    }

    private static byte[][] withFirst(Object first, List<String> rest) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return args(all.toArray());
    }

    private static Optional<FenceRecord> readable(String member, List<?> flatFields) {
        try {
            int colon = member.indexOf(':');
            if (colon < 0) {
                throw new CorruptRecordException("no ':' between xid and branch");
            }
            Xid xid = Xid.parse(member.substring(0, colon));
            BranchId branch = BranchId.parse(member.substring(colon + 1));
            return FenceRows.committed(xid, branch, fields(flatFields)).filter(row -> row.status() == FenceStatus.TRIED);
        } catch (CorruptRecordException | InvalidInputException e) {
            LOG.warn("Orphan listing skips fence row '{}': {}", member, e.getMessage());
            return Optional.empty();
        }
    }
}
