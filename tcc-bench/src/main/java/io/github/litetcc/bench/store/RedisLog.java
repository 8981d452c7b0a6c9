package io.github.litetcc.bench.store;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.LuaScript;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;
import io.github.litetcc.spi.TransactionRepository;
import io.lettuce.core.ScriptOutputType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A Redis log and its filler. The filler writes the layout of {@code RedisTransactionRepository} (its
 * {@code RecordKeys} and {@code RecordHash}): record {@code key} lives in shard {@code crc32(key) mod shards}
 * as the hash <code>{ns:k}:tx:&lt;xid&gt;</code>, listed in <code>{ns:k}:due</code> (scored by its next attempt)
 * and <code>{ns:k}:all</code>. It copies the template's fields verbatim but {@code next}, and checks a copy by
 * reading it back through the repository, so a drift of the layout fails the set-up instead of skewing the figures.
 */
final class RedisLog implements LogUnderTest {
    private static final LuaScript COPY = LuaScript.fromResource(RedisLog.class, "redis-copy.lua");
    private static final int BATCH = 1000;
    private static final long SPREAD_MILLIS = 3_600_000;
    private final RedisConnection connection;
    private final TransactionRepository repository;
    private final RedisRepositoryConfig config;

    RedisLog(RedisConnection connection, TransactionRepository repository, RedisRepositoryConfig config) {
        this.connection = connection;
        this.repository = repository;
        this.config = config;
    }

    @Override
    public TransactionRepository repository() {
        return repository;
    }

    @Override
    public void copy(TransactionKey template, int count) {
        List<byte[]> fields = templateFields(template);
        long next = Long.parseLong(valueOf(fields, "next"));
        List<List<byte[]>> pending = new ArrayList<>();
        for (int shard = 0; shard < config.shards(); shard++) {
            pending.add(new ArrayList<>());
        }
        TransactionKey last = null;
        for (int i = 0; i < count; i++) {
            last = TransactionKey.root(Xid.generate(Instant.now()));
            int shard = shardOf(last);
            pending.get(shard).addAll(List.of(bytes(last.xid().toString()), bytes(Long.toString(next + 1 + i % SPREAD_MILLIS))));
            if (pending.get(shard).size() == 2 * BATCH) {
                flush(shard, fields, pending.get(shard));
            }
        }
        for (int shard = 0; shard < config.shards(); shard++) {
            flush(shard, fields, pending.get(shard));
        }
        requireReadable(template, last);
    }

    private List<byte[]> templateFields(TransactionKey template) {
        Map<byte[], byte[]> hash = connection.call("HGETALL", commands -> commands.hgetall(recordKey(template)));
        if (hash.isEmpty()) {
            throw new IllegalStateException("No hash at " + text(recordKey(template)) + ": the repository's layout changed");
        }
        List<byte[]> fields = new ArrayList<>();
        hash.forEach((field, value) -> {
            fields.add(field);
            fields.add(value);
        });
        return fields;
    }

    private void flush(int shard, List<byte[]> fields, List<byte[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<byte[]> keys = new ArrayList<>(List.of(bytes(tag(shard) + ":due"), bytes(tag(shard) + ":all")));
        List<byte[]> args = new ArrayList<>(List.of(bytes(Integer.toString(fields.size()))));
        args.addAll(fields);
        for (int i = 0; i < batch.size(); i += 2) {
            keys.add(bytes(tag(shard) + ":tx:" + text(batch.get(i))));
        }
        args.addAll(batch);
        COPY.run(connection, ScriptOutputType.INTEGER, keys.toArray(byte[][]::new), args.toArray(byte[][]::new));
        batch.clear();
    }

    private void requireReadable(TransactionKey template, TransactionKey copy) {
        if (copy == null) {
            return;
        }
        GlobalTransaction original = repository.find(template).orElseThrow();
        GlobalTransaction read = repository.find(copy).orElseThrow(() ->
                new IllegalStateException("The repository does not find the copy " + copy + ": the layout changed"));
        if (!read.branches().equals(original.branches()) || read.status() != original.status()
                || read.version() != original.version()) {
            throw new IllegalStateException("The copy " + read + " differs from its template " + original);
        }
    }

    private int shardOf(TransactionKey key) {
        CRC32 crc = new CRC32();
        crc.update(bytes(key.toString()));
        return (int) (crc.getValue() % config.shards());
    }

    private byte[] recordKey(TransactionKey key) {
        return bytes(tag(shardOf(key)) + ":tx:" + key.xid());
    }

    private String tag(int shard) {
        return "{" + config.namespace() + ":" + shard + "}";
    }

    private static String valueOf(List<byte[]> fields, String name) {
        for (int i = 0; i < fields.size(); i += 2) {
            if (text(fields.get(i)).equals(name)) {
                return text(fields.get(i + 1));
            }
        }
        throw new IllegalStateException("The template has no field '" + name + "': the repository's layout changed");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
