-- Records one branch's phase-2 result; recording the result it already has changes nothing.
-- KEYS: record. ARGV: branch field, state field, state code.
-- Returns 1 (recorded), 0 (already so), -1 (no record or branch), -2 (holds another result).
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  return -1
end
local current = redis.call('HGET', KEYS[1], ARGV[2]) or '1'
if current == ARGV[3] then
  return 0
end
if current ~= '1' then
  return -2
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
return 1
