package io.github.litetcc.fence.redis;

import io.github.litetcc.RepositoryUnavailableException;
import io.github.litetcc.redis.LuaScript;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.spi.FenceRequest;
import io.lettuce.core.ScriptOutputType;

import java.util.ArrayList;
import java.util.List;

import static io.github.litetcc.redis.ScriptReplies.args;
import static io.github.litetcc.redis.ScriptReplies.keys;
import static io.github.litetcc.redis.ScriptReplies.text;

/**
 * Runs the phase script of one (xid, branch) and its follow-ups (complete, abort). While another call's Java
 * body holds the row pending, it waits (with a growing pause, up to the lock-wait timeout), as a database
 * caller would wait on a row lock; past the timeout it answers RETRY. Thread-safe.
 */
final class FencePhases {
    /** What the phase script answered: an outcome word and its detail (a stored try result, an error text). */
    record Reply(String outcome, byte[] detail) {
        boolean is(String word) {
            return outcome.equals(word);
        }

        String detailText() {
            return detail == null ? "" : text(detail);
        }
    }

    private static final long MAX_PAUSE_MILLIS = 50;
    private final RedisConnection connection;
    private final FenceKeys keys;
    private final FenceScripts scripts;
    private final RedisFenceConfig config;

    FencePhases(RedisConnection connection, FenceKeys keys, FenceScripts scripts, RedisFenceConfig config) {
        this.connection = connection;
        this.keys = keys;
        this.scripts = scripts;
        this.config = config;
    }

    /** Runs {@code script} for the request in {@code mode} ('apply' or a pending token), waiting while the row is busy. */
    Reply begin(FenceRequest request, LuaScript script, String mode, List<String> businessKeys, List<String> businessArgs) {
        long giveUpAt = System.nanoTime() + config.lockWaitTimeout().toNanos();
        long pause = 1;
        while (true) {
            Reply reply = once(request, script, mode, businessKeys, businessArgs);
            if (!reply.is("BUSY")) {
                return reply;
            }
            if (System.nanoTime() - giveUpAt > 0) {
                return new Reply("RETRY", null);
            }
            pause(request, pause);
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    /** Completes a pending transition; false if it is no longer pending under {@code token}. */
    boolean complete(FenceRequest request, String token, byte[] storedResult) {
        Long done = scripts.complete.run(connection, ScriptOutputType.INTEGER, keys(row(request)), args(token, storedResult));
        return done == 1L;
    }

    /** Reverts a pending transition; false if it is no longer pending under {@code token}. */
    boolean abort(FenceRequest request, String token) {
        int shard = keys.shardOf(request.xid(), request.branch());
        Long done = scripts.abort.run(connection, ScriptOutputType.INTEGER,
                keys(row(request), keys.tried(shard), keys.done(shard)), args(member(request), token));
        return done == 1L;
    }

    String row(FenceRequest request) {
        return keys.row(request.xid(), request.branch());
    }

    private Reply once(FenceRequest request, LuaScript script, String mode, List<String> businessKeys, List<String> businessArgs) {
        int shard = keys.shardOf(request.xid(), request.branch());
        List<String> allKeys = new ArrayList<>(List.of(row(request), keys.tried(shard), keys.done(shard)));
        allKeys.addAll(businessKeys);
        List<Object> allArgs = new ArrayList<>(List.of(member(request), request.phase().code(),
                request.deadline().toEpochMilli(), mode, config.pendingTimeout().toMillis(), config.maxTryResultBytes()));
        allArgs.addAll(businessArgs);
        List<?> reply = script.run(connection, ScriptOutputType.MULTI, keys(allKeys.toArray(String[]::new)), args(allArgs.toArray()));
        return new Reply(text(reply.get(0)), reply.size() > 1 ? (byte[]) reply.get(1) : null);
    }

    private static String member(FenceRequest request) {
        return FenceKeys.member(request.xid(), request.branch());
    }

    private static void pause(FenceRequest request, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryUnavailableException("Interrupted while waiting for the fence row of xid " + request.xid()
                    + " branch " + request.branch() + "; nothing changed", e);
        }
    }
}
