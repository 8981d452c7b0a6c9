-- Stores the try context of one branch of a TRYING record.
-- KEYS: record. ARGV: branch field, context field, 'v' followed by the context bytes.
-- Returns 1, -1 (no record), -2 (not TRYING) or -3 (no such branch).
local status = redis.call('HGET', KEYS[1], 'status')
if not status then
  return -1
end
if status ~= '1' then
  return -2
end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  return -3
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
return 1
