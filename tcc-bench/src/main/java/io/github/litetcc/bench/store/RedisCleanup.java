package io.github.litetcc.bench.store;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.github.litetcc.redis.RedisConnection;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Removes a run's keys: {@code SCAN MATCH} in pages, each page {@code UNLINK}ed (freed in the background). */
public final class RedisCleanup {
    private static final int PAGE = 2000;
    private final RedisConnection connection;

    public RedisCleanup(RedisConnection connection) {
        this.connection = connection;
    }

    /** Deletes every key matching the glob {@code pattern}; returns how many. */
    public long deleteMatching(String pattern) {
        ScanArgs args = ScanArgs.Builder.matches(pattern.getBytes(StandardCharsets.UTF_8)).limit(PAGE);
        ScanCursor cursor = ScanCursor.INITIAL;
        long deleted = 0;
        do {
            ScanCursor from = cursor;
            KeyScanCursor<byte[]> page = connection.call("SCAN " + pattern, commands -> commands.scan(from, args));
            deleted += unlink(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    private long unlink(List<byte[]> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        byte[][] batch = keys.toArray(byte[][]::new);
        return connection.call("UNLINK", commands -> commands.unlink(batch));
    }
}
