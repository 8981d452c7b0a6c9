package io.github.litetcc.fence.redis;

import io.github.litetcc.redis.LuaScript;
import io.github.litetcc.redis.RedisConnection;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fence's Lua scripts, each prefixed with the shared prelude. The phase script is a template: the plain
 * one (for Java bodies) has an empty business function, and each {@link RedisBusinessChange} snippet gives
 * one more script, built once and cached. Thread-safe.
 */
final class FenceScripts {
    private static final String MARKER = "--BUSINESS--";
    private static final String PRELUDE = resource("prelude.lua");
    private static final String PHASE_TEMPLATE = resource("fence.lua");
    final LuaScript phase = LuaScript.of("fence.lua", PRELUDE + PHASE_TEMPLATE.replace(MARKER, "return nil"));
    final LuaScript complete = withPrelude("complete.lua");
    final LuaScript abort = withPrelude("abort.lua");
    final LuaScript expired = withPrelude("expired.lua");
    final LuaScript orphans = withPrelude("orphans.lua");
    final LuaScript cleanup = withPrelude("cleanup.lua");
    private final Map<String, LuaScript> withBusiness = new ConcurrentHashMap<>();

    /** The phase script that runs the given snippet as its business change. */
    LuaScript phaseWith(String snippet) {
        return withBusiness.computeIfAbsent(snippet, body -> LuaScript.of("fence.lua with a business change",
                PRELUDE + PHASE_TEMPLATE.replace(MARKER, body)));
    }

    /** Loads the fixed scripts into the server's cache: a start-up check of the connection. */
    void preload(RedisConnection connection) {
        for (LuaScript script : List.of(phase, complete, abort, expired, orphans, cleanup)) {
            connection.call("Loading " + script, commands -> commands.scriptLoad(script.source()));
        }
    }

    private static LuaScript withPrelude(String name) {
        return LuaScript.of(name, PRELUDE + resource(name));
    }

    private static String resource(String name) {
        return LuaScript.fromResource(FenceScripts.class, name).source();
    }
}
