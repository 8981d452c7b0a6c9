-- Replaces a record's header if its version is the expected one and the status change is legal; bumps the version.
-- KEYS: record, due. ARGV: member, expected version, status, attempts, next-in ms (optional: '' = never),
-- owner (optional), last error (optional), '1' when the status is terminal, the status codes it may come
-- from as ',1,2,'.
-- Returns 1 when applied, 0 when the record is absent or its version differs, minus the current status code
-- when that status cannot move to the new one.
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[2] then
  return 0
end
local status = redis.call('HGET', KEYS[1], 'status') or ''
if not string.find(ARGV[9], ',' .. status .. ',', 1, true) then
  return -(tonumber(status) or 0)
end
redis.call('HSET', KEYS[1], 'status', ARGV[3], 'attempts', ARGV[4])
if ARGV[5] == '' or ARGV[8] == '1' then
  redis.call('HDEL', KEYS[1], 'next')
  redis.call('ZREM', KEYS[2], ARGV[1])
else
  local next = num(now_ms() + tonumber(string.sub(ARGV[5], 2)))
  redis.call('HSET', KEYS[1], 'next', next)
  redis.call('ZADD', KEYS[2], next, ARGV[1])
end
set_or_clear(KEYS[1], 'owner', ARGV[6])
set_or_clear(KEYS[1], 'error', ARGV[7])
redis.call('HINCRBY', KEYS[1], 'version', 1)
return 1
