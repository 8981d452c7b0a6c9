-- Deletes up to a limit of one shard's terminal rows whose deadline is older than now minus the horizon.
-- KEYS: done index. ARGV: horizon ms, limit, row key prefix. Returns how many rows were deleted.
local horizon = now_ms() - tonumber(ARGV[1])
local members = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', num(horizon), 'LIMIT', 0, tonumber(ARGV[2]))
local deleted = 0
for _, member in ipairs(members) do
  local row = ARGV[3] .. member
  local state = redis.call('HMGET', row, 'status', 'pending')
  if not state[1] then
    redis.call('ZREM', KEYS[1], member)
  elseif state[1] ~= '1' and not state[2] then
    redis.call('DEL', row)
    redis.call('ZREM', KEYS[1], member)
    deleted = deleted + 1
  end
end
return deleted
