-- Ends a record in a terminal status if its version is the expected one: removes it, or archives it with a TTL.
-- KEYS: record, due, index. ARGV: member, expected version, terminal status, TTL ms ('' = remove).
-- Returns 1 when finished, 0 when the record is absent or its version differs.
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[2] then
  return 0
end
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[4] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
else
  redis.call('HSET', KEYS[1], 'status', ARGV[3])
  redis.call('HDEL', KEYS[1], 'next', 'owner')
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return 1
