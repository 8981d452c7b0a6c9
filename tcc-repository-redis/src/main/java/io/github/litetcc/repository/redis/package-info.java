/**
 * The transaction log on Redis ({@link io.github.litetcc.repository.redis.RedisTransactionRepository}): one hash
 * per record, every protocol write one atomic Lua script, a due index sharded by hash tag so that each script
 * touches the keys of one cluster slot, and Redis' {@code TIME} as the clock.
 */
package io.github.litetcc.repository.redis;
