-- Begins a record with its first branch.
-- KEYS: record, due, index. ARGV: member, timeout ms, due-in ms, owner, branch field, branch bytes, format version.
-- Returns 1, or -1 when the key is taken.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
local now = now_ms()
local next = now + tonumber(ARGV[3])
redis.call('HSET', KEYS[1], 'format', ARGV[7], 'status', '1', 'version', '1', 'attempts', '0',
  'created', num(now), 'deadline', num(now + tonumber(ARGV[2])), 'next', num(next), 'owner', ARGV[4],
  ARGV[5], ARGV[6])
redis.call('ZADD', KEYS[2], num(next), ARGV[1])
redis.call('ZADD', KEYS[3], 0, ARGV[1])
return 1
