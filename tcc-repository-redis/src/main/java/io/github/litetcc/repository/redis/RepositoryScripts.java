package io.github.litetcc.repository.redis;

import io.github.litetcc.redis.LuaScript;
import io.github.litetcc.redis.RedisConnection;

import java.util.List;

/** The Lua scripts of the Redis transaction log, each prefixed with the shared prelude. Immutable. */
final class RepositoryScripts {
    final LuaScript create = load("create.lua");
    final LuaScript tombstone = load("tombstone.lua");
    final LuaScript enlist = load("enlist.lua");
    final LuaScript attach = load("attach.lua");
    final LuaScript compareAndSet = load("cas.lua");
    final LuaScript branch = load("branch.lua");
    final LuaScript finish = load("finish.lua");
    final LuaScript postpone = load("postpone.lua");
    final LuaScript due = load("due.lua");
    final LuaScript list = load("list.lua");
    final LuaScript records = load("records.lua");
    final LuaScript now = load("now.lua");

    /** Loads every script into the server's cache: a start-up check that the connection and scripting work. */
    void preload(RedisConnection connection) {
        for (LuaScript script : List.of(create, tombstone, enlist, attach, compareAndSet, branch, finish, postpone, due, list, records, now)) {
            connection.call("Loading " + script, commands -> commands.scriptLoad(script.source()));
        }
    }

    private static LuaScript load(String name) {
        String prelude = LuaScript.fromResource(RepositoryScripts.class, "prelude.lua").source();
        String body = LuaScript.fromResource(RepositoryScripts.class, name).source();
        return LuaScript.of(name, prelude + "\n" + body);
    }
}
