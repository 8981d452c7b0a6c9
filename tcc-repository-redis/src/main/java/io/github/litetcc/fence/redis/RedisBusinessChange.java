package io.github.litetcc.fence.redis;

import io.github.litetcc.InvalidInputException;

import java.util.List;
import java.util.Objects;

/**
 * A participant's business change on Redis, run by {@link RedisFence} inside the fence's own Lua script right
 * after the fence decided that the phase applies, so the two are atomic. The snippet is the body of a Lua
 * function whose {@code KEYS} and {@code ARGV} are {@code keys} and {@code args} (numbered from 1); it uses
 * {@code redis.call} as usual. For a try, what it returns (a string or a number) is stored as the try result.
 * To refuse the change it raises an error ({@code error('…')} or {@code return redis.error_reply('…')}):
 * nothing of the fence is written, and {@link RedisFence} throws {@link RedisBusinessChangeException}.
 *
 * <p>Redis does not roll a script back, so the fence copies every key in {@code keys} ({@code DUMP} and its
 * time to live) before the snippet runs and restores them when the change is refused (an error, or a try
 * result over the limit): a refused change leaves no trace on those keys. The snippet must therefore touch
 * only the keys it declares (Redis Cluster requires it anyway), and each call pays one copy of each key: keep
 * them small. Keep snippets as code (one per participant method) and pass values through {@code args}: each
 * distinct snippet is a distinct cached script. On a cluster every key must be in the fence row's slot (see
 * {@link RedisFence#hashTag}).
 *
 * @param luaSnippet the function body, at most {@value #MAX_SNIPPET_LENGTH} characters
 * @param keys       the keys it touches
 * @param args       its arguments
 */
public record RedisBusinessChange(String luaSnippet, List<String> keys, List<String> args) {
    /** Longest snippet accepted. */
    public static final int MAX_SNIPPET_LENGTH = 64 * 1024;

    public RedisBusinessChange {
        if (luaSnippet == null || luaSnippet.isBlank() || luaSnippet.length() > MAX_SNIPPET_LENGTH) {
            throw new InvalidInputException("A business change needs a Lua snippet of 1 to " + MAX_SNIPPET_LENGTH
                    + " characters, was " + (luaSnippet == null ? "null" : luaSnippet.length() + " characters"));
        }
        if (luaSnippet.contains("--BUSINESS--")) {
            throw new InvalidInputException("A business change's Lua snippet must not contain the marker --BUSINESS--");
        }
        keys = requireStrings("keys", keys);
        args = requireStrings("args", args);
    }

    /** A change with keys and no arguments. */
    public static RedisBusinessChange of(String luaSnippet, List<String> keys) {
        return new RedisBusinessChange(luaSnippet, keys, List.of());
    }

    private static List<String> requireStrings(String name, List<String> values) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("A business change's " + name + " must be a list without nulls, was " + values);
        }
        return List.copyOf(values);
    }
}
