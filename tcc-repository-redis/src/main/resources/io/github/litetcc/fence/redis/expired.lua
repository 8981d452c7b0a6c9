-- Members of one shard's index (tried or done) whose deadline is older than now minus an age, oldest first.
-- The rows themselves are read by a second script that names each row key in KEYS.
-- KEYS: index. ARGV: age ms, limit. Returns the members.
local horizon = now_ms() - tonumber(ARGV[1])
return redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', num(horizon), 'LIMIT', 0, tonumber(ARGV[2]))
