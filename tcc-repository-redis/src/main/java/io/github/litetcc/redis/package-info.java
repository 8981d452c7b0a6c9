/**
 * The Redis plumbing shared by the Redis transaction log and the Redis fence: a connection to a standalone,
 * Sentinel or Cluster deployment opened from Redis URIs ({@link io.github.litetcc.redis.RedisConnection}), and
 * Lua scripts run by SHA with a fallback when the server does not know them ({@link io.github.litetcc.redis.LuaScript}).
 * Passwords never appear in a message or a log line.
 */
package io.github.litetcc.redis;
