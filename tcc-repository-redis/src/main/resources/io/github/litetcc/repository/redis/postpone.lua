-- Pushes a record's next attempt back without decoding it (for records that cannot be read); a finished
-- record stays as it is.
-- KEYS: record, due. ARGV: member, delay ms.
-- Returns 1, 0 for a finished record, or -1 when there is no record (its due entry is dropped).
local status = redis.call('HGET', KEYS[1], 'status')
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[1])
  return -1
end
if status == '4' or status == '5' then
  return 0
end
local next = num(now_ms() + tonumber(ARGV[2]))
redis.call('HSET', KEYS[1], 'next', next)
redis.call('ZADD', KEYS[2], next, ARGV[1])
return 1
