-- Ends a record in a terminal status if its version is the expected one: removes it, or archives it with a
-- TTL (never due, no owner, one version later).
-- KEYS: record, due, index. ARGV: member, expected version, terminal status, TTL ms ('' = remove),
-- the status codes that may finish so, as ',2,4,'.
-- Returns 1 when finished, 0 when the record is absent or its version differs, minus the current status code
-- when it cannot finish in that status.
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[2] then
  return 0
end
local status = redis.call('HGET', KEYS[1], 'status') or ''
if not string.find(ARGV[5], ',' .. status .. ',', 1, true) then
  return -(tonumber(status) or 0)
end
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[4] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
else
  redis.call('HSET', KEYS[1], 'status', ARGV[3])
  redis.call('HDEL', KEYS[1], 'next', 'owner')
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return 1
