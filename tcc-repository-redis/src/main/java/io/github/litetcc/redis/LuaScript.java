package io.github.litetcc.redis;

import io.github.litetcc.TccConfigurationException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script run atomically by Redis: by its SHA-1 ({@code EVALSHA}), falling back to sending the source
 * ({@code EVAL}, which also caches it) when a server answers {@code NOSCRIPT} — after a restart, a fail-over,
 * or on a cluster node that has not seen it yet. Immutable and thread-safe.
 */
public final class LuaScript {
    private final String name;
    private final byte[] source;
    private final String sha;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source.getBytes(StandardCharsets.UTF_8);
        this.sha = sha1(this.source);
    }

    /** A script from source text; {@code name} is used in error messages. */
    public static LuaScript of(String name, String source) {
        if (source == null || source.isBlank()) {
            throw new TccConfigurationException("Lua script '" + name + "' is empty");
        }
        return new LuaScript(name, source);
    }

    /** A script shipped as a class-path resource next to {@code anchor}. */
    public static LuaScript fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TccConfigurationException("Lua script resource '" + resource + "' is missing next to " + anchor.getName());
            }
            return of(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TccConfigurationException("Cannot read Lua script resource '" + resource + "': " + e.getMessage(), e);
        }
    }

    /** The source text (for scripts that embed others). */
    public String source() {
        return new String(source, StandardCharsets.UTF_8);
    }

    /**
     * Runs the script. On a cluster the first key decides the node, so every key must be in one slot.
     *
     * @throws io.github.litetcc.RepositoryUnavailableException if Redis failed or the script raised an error
     */
    public <T> T run(RedisConnection connection, ScriptOutputType type, byte[][] keys, byte[]... args) {
        return connection.call("Script " + name, commands -> {
            try {
                return commands.<T>evalsha(sha, type, keys, args);
            } catch (RedisNoScriptException e) {
                return commands.<T>eval(source, type, keys, args);
            }
        });
    }

    /**
     * Runs the script once per entry of {@code keys} (with the same entry of {@code args}), all sent before any
     * answer is awaited: one round trip for the lot. Each run is atomic on its own, not the lot together. Answers
     * in order; a run the server no longer knows by SHA-1 is sent again with its source.
     *
     * @throws io.github.litetcc.RepositoryUnavailableException if Redis failed or a run raised an error (runs sent
     *                                                           before it may have taken effect)
     */
    public <T> List<T> runAll(RedisConnection connection, ScriptOutputType type, List<byte[][]> keys, List<byte[][]> args) {
        if (keys.size() != args.size()) {
            throw new IllegalArgumentException("Script " + name + ": " + keys.size() + " key lists for " + args.size() + " argument lists");
        }
        String what = "Script " + name;
        List<RedisFuture<T>> sent = connection.sendAll(what, keys.size(),
                (commands, i) -> commands.<T>evalsha(sha, type, keys.get(i), args.get(i)));
        List<T> answers = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            int at = i;
            answers.add(connection.call(what, commands -> {
                try {
                    return connection.await(sent.get(at));
                } catch (RedisNoScriptException e) {
                    return commands.<T>eval(source, type, keys.get(at), args.get(at));
                }
            }));
        }
        return answers;
    }

    @Override
    public String toString() {
        return "LuaScript[" + name + " " + sha + "]";
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
