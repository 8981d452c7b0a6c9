-- Pushes a record's next attempt back without reading it (for records that cannot be decoded).
-- KEYS: record, due. ARGV: member, delay ms. Returns 1, or 0 when the record is gone (its due entry is dropped).
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[1])
  return 0
end
local next = num(now_ms() + tonumber(ARGV[2]))
redis.call('HSET', KEYS[1], 'next', next)
redis.call('ZADD', KEYS[2], next, ARGV[1])
return 1
