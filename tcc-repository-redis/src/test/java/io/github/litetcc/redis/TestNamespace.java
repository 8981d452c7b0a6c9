package io.github.litetcc.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** A random key namespace for one test class, and the removal of its keys afterwards. */
public final class TestNamespace {

    private TestNamespace() {
    }

    public static String random() {
        return "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Deletes every key of {@code namespace} (on a cluster, on every master). */
    public static void delete(RedisConnection connection, String namespace) {
        byte[] pattern = ("{" + namespace + ":*").getBytes(StandardCharsets.UTF_8);
        connection.call("Deleting test keys", commands -> {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<byte[]> page = commands.scan(cursor, ScanArgs.Builder.matches(pattern).limit(1000));
                page.getKeys().forEach(commands::del);
                cursor = page;
            } while (!cursor.isFinished());
            return null;
        });
    }
}
