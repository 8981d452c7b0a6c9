-- Leaves a nested participant's tombstone: an empty CANCELLING record, due after a delay, only if the key is free.
-- KEYS: record, due, index. ARGV: member, due-in ms, format version.
-- Returns 1, or -1 when the key is taken (nothing changes).
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
local now = now_ms()
local next = now + tonumber(ARGV[2])
redis.call('HSET', KEYS[1], 'format', ARGV[3], 'status', '3', 'version', '1', 'attempts', '0',
  'created', num(now), 'deadline', num(now), 'next', num(next))
redis.call('ZADD', KEYS[2], num(next), ARGV[1])
redis.call('ZADD', KEYS[3], 0, ARGV[1])
return 1
