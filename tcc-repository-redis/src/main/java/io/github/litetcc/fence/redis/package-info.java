/**
 * The participant-side fence on Redis ({@link io.github.litetcc.fence.redis.RedisFence}): the fence state machine
 * of one (xid, branch) as one Lua script per phase, for participants whose business state lives in Redis. A
 * business change given as Lua ({@link io.github.litetcc.fence.redis.RedisBusinessChange}) runs in the same script,
 * so fence and business change are atomic.
 */
package io.github.litetcc.fence.redis;
