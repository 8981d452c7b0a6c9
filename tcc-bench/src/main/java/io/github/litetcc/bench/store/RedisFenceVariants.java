package io.github.litetcc.bench.store;

import io.github.litetcc.fence.redis.RedisBusinessChange;
import io.github.litetcc.fence.redis.RedisFence;
import io.github.litetcc.fence.redis.RedisFenceConfig;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.LuaScript;
import io.github.litetcc.redis.RedisConnection;
import io.lettuce.core.ScriptOutputType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The business change on Redis, a stock hash per item: the try moves one unit from {@code available} to
 * {@code reserved}, the confirm takes it out of {@code reserved}. Plainly, it is one Lua script; fenced, the same
 * snippet runs inside {@link RedisFence}'s script (its atomic form).
 */
final class RedisFenceVariants {
    private static final String TRY = "redis.call('HINCRBY', KEYS[1], 'available', -tonumber(ARGV[1]))\n"
            + "return redis.call('HINCRBY', KEYS[1], 'reserved', ARGV[1])";
    private static final String CONFIRM = "return redis.call('HINCRBY', KEYS[1], 'reserved', -tonumber(ARGV[1]))";
    private static final LuaScript PLAIN_TRY = LuaScript.of("plain-try", TRY);
    private static final LuaScript PLAIN_CONFIRM = LuaScript.of("plain-confirm", CONFIRM);
    private static final List<String> ONE = List.of("1");

    private final RedisConnection connection;
    private final RedisFence fence;
    private final String stockPrefix;

    RedisFenceVariants(RedisConnection connection, String runId) {
        this.connection = connection;
        this.fence = new RedisFence(connection, RedisFenceConfig.DEFAULT.withNamespace(runId + "-fence"));
        this.stockPrefix = "{" + runId + "-stock}:item:";
    }

    FenceVariant plain() {
        return new FenceVariant() {
            @Override
            public String label() {
                return "Lua script";
            }

            @Override
            public void tryPhase(Xid xid, int item) {
                PLAIN_TRY.run(connection, ScriptOutputType.INTEGER, keys(item), args());
            }

            @Override
            public void confirmPhase(Xid xid, int item) {
                PLAIN_CONFIRM.run(connection, ScriptOutputType.INTEGER, keys(item), args());
            }
        };
    }

    FenceVariant fenced() {
        return new FenceVariant() {
            @Override
            public String label() {
                return "RedisFence + Lua change";
            }

            @Override
            public void tryPhase(Xid xid, int item) {
                FenceRequests.requireApplied(fence.execute(FenceRequests.request(xid, Phase.TRY), change(TRY, item)));
            }

            @Override
            public void confirmPhase(Xid xid, int item) {
                FenceRequests.requireApplied(fence.execute(FenceRequests.request(xid, Phase.CONFIRM), change(CONFIRM, item)));
            }
        };
    }

    private RedisBusinessChange change(String snippet, int item) {
        return new RedisBusinessChange(snippet, List.of(stockPrefix + item), ONE);
    }

    private byte[][] keys(int item) {
        return new byte[][] {(stockPrefix + item).getBytes(StandardCharsets.UTF_8)};
    }

    private static byte[][] args() {
        return new byte[][] {ONE.get(0).getBytes(StandardCharsets.UTF_8)};
    }
}
