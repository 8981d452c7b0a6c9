package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.spi.TransactionQuery;
import io.lettuce.core.ScriptOutputType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.github.litetcc.redis.ScriptReplies.args;
import static io.github.litetcc.redis.ScriptReplies.fields;
import static io.github.litetcc.redis.ScriptReplies.list;
import static io.github.litetcc.redis.ScriptReplies.text;

/** Reads one shard at a time: its due records, and its records in key order for listings. Thread-safe. */
final class ShardScans {
    private static final int LIST_BATCH = 256;
    private final RedisConnection connection;
    private final RecordKeys keys;
    private final RepositoryScripts scripts;

    ShardScans(RedisConnection connection, RecordKeys keys, RepositoryScripts scripts) {
        this.connection = connection;
        this.keys = keys;
        this.scripts = scripts;
    }

    /** A stored record as read: its index member, its due score (0 in listings), and its fields or the read error. */
    record Stored(String member, long dueAt, Map<String, byte[]> fields, String readError) {

        /** Decodes the record; throws {@link CorruptRecordException} naming the key. */
        GlobalTransaction decode(TransactionKey key) {
            if (readError != null) {
                throw new CorruptRecordException("Record " + key + " cannot be read: " + readError);
            }
            return RecordHash.decode(key, fields);
        }
    }

    /** Up to {@code limit} of the shard's due entries (next attempt at or before the shard's clock), oldest first. */
    List<Stored> due(int shard, int limit) {
        List<?> reply = scripts.due.run(connection, ScriptOutputType.MULTI, new byte[][] {keys.due(shard)},
                args(limit, keys.recordPrefix(shard)));
        List<Stored> entries = new ArrayList<>();
        for (Object entry : reply.subList(1, reply.size())) {
            List<?> parts = list(entry);
            entries.add(stored(text(parts.get(0)), (long) Double.parseDouble(text(parts.get(1))), parts.get(2)));
        }
        return entries;
    }

    /** One shard's part of a listing: up to {@code query.limit()} matching records after the query's key. */
    List<Stored> matching(int shard, TransactionQuery query) {
        String statuses = query.statuses().stream().map(s -> Integer.toString(s.code()))
                .collect(Collectors.joining(",", ",", ","));
        String after = query.after() == null ? "" : RecordKeys.member(query.after());
        List<Stored> found = new ArrayList<>();
        while (true) {
            List<?> reply = scripts.list.run(connection, ScriptOutputType.MULTI, new byte[][] {keys.index(shard)},
                    args(after, LIST_BATCH, query.minAttempts(), statuses, keys.recordPrefix(shard)));
            for (Object entry : list(reply.get(2))) {
                List<?> parts = list(entry);
                found.add(stored(text(parts.get(0)), 0, parts.get(1)));
            }
            boolean exhausted = (Long) reply.get(1) == 1L;
            if (exhausted || found.size() >= query.limit()) {
                return found;
            }
            after = text(reply.get(0));
        }
    }

    private static Stored stored(String member, long dueAt, Object fieldsOrError) {
        if (fieldsOrError instanceof List<?> flat) {
            return new Stored(member, dueAt, fields(flat), null);
        }
        return new Stored(member, dueAt, Map.of(), text(fieldsOrError));
    }
}
