-- Appends one branch to a TRYING record and bumps its version.
-- KEYS: record. ARGV: branch field, branch bytes.
-- Returns the new version, -1 (no record), -2 (not TRYING) or -3 (branch id taken).
local status = redis.call('HGET', KEYS[1], 'status')
if not status then
  return -1
end
if status ~= '1' then
  return -2
end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  return -3
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return redis.call('HINCRBY', KEYS[1], 'version', 1)
