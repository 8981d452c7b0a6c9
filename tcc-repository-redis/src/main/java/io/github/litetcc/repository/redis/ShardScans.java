package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.ScriptReplies;
import io.github.litetcc.spi.TransactionQuery;
import io.lettuce.core.ScriptOutputType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.github.litetcc.redis.ScriptReplies.args;
import static io.github.litetcc.redis.ScriptReplies.fields;
import static io.github.litetcc.redis.ScriptReplies.list;
import static io.github.litetcc.redis.ScriptReplies.text;

/**
 * Reads one shard at a time: its due records, and its records in key order for listings. Each read takes two
 * scripts (the index, then the records it names), so that every key a script touches comes in its KEYS, as
 * Redis Cluster requires. Thread-safe.
 */
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

    /**
     * Up to {@code limit} of the shard's due entries (next attempt at or before the shard's clock), oldest first:
     * one script reads the due index, a second the records it names (every key a script touches is in its KEYS).
     */
    List<Stored> due(int shard, int limit) {
        List<?> reply = scripts.due.run(connection, ScriptOutputType.MULTI, new byte[][] {keys.due(shard)}, args(limit));
        Map<String, Long> dueAt = new LinkedHashMap<>();
        for (Object entry : reply.subList(1, reply.size())) {
            List<?> parts = list(entry);
            dueAt.put(text(parts.get(0)), (long) Double.parseDouble(text(parts.get(1))));
        }
        List<Stored> entries = new ArrayList<>();
        for (List<?> parts : records(shard, keys.due(shard), List.copyOf(dueAt.keySet()), "1", 0, "")) {
            String member = text(parts.get(0));
            entries.add(stored(member, dueAt.get(member), parts.get(1)));
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
            List<String> members = scripts.list.<List<?>>run(connection, ScriptOutputType.MULTI,
                    new byte[][] {keys.index(shard)}, args(after, LIST_BATCH)).stream().map(ScriptReplies::text).toList();
            for (List<?> parts : records(shard, keys.index(shard), members, "0", query.minAttempts(), statuses)) {
                found.add(stored(text(parts.get(0)), 0, parts.get(1)));
            }
            if (members.size() < LIST_BATCH || found.size() >= query.limit()) {
                return found;
            }
            after = members.get(members.size() - 1);
        }
    }

    /** Reads the records of {@code members} (of the shard's {@code index}) that pass the filter: {member, fields or error}. */
    private List<List<?>> records(int shard, byte[] index, List<String> members, String dueOnly, int minAttempts, String statuses) {
        if (members.isEmpty()) {
            return List.of();
        }
        byte[][] recordKeys = new byte[members.size() + 1][];
        recordKeys[0] = index;
        List<Object> arguments = new ArrayList<>(List.of(dueOnly, minAttempts, statuses));
        for (int i = 0; i < members.size(); i++) {
            recordKeys[i + 1] = RecordKeys.bytes(keys.recordPrefix(shard) + members.get(i));
            arguments.add(members.get(i));
        }
        List<?> reply = scripts.records.run(connection, ScriptOutputType.MULTI, recordKeys, args(arguments.toArray()));
        return reply.stream().<List<?>>map(ScriptReplies::list).toList();
    }

    private static Stored stored(String member, long dueAt, Object fieldsOrError) {
        if (fieldsOrError instanceof List<?> flat) {
            return new Stored(member, dueAt, fields(flat), null);
        }
        return new Stored(member, dueAt, Map.of(), text(fieldsOrError));
    }
}
