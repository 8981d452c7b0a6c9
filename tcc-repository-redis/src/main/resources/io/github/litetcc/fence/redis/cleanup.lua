-- Deletes the given terminal rows of one shard if their deadline is still older than now minus the horizon.
-- KEYS: done index, then the row key of each member, in the same order. ARGV: horizon ms, then the members.
-- Returns how many rows were deleted. A row that is TRIED or pending is kept; a vanished one leaves the index.
local horizon = now_ms() - tonumber(ARGV[1])
local deleted = 0
for i = 2, #KEYS do
  local member = ARGV[i]
  local state = redis.call('HMGET', KEYS[i], 'status', 'pending', 'deadline')
  if not state[1] then
    redis.call('ZREM', KEYS[1], member)
  elseif state[1] ~= '1' and not state[2] and (tonumber(state[3]) or 0) <= horizon then
    redis.call('DEL', KEYS[i])
    redis.call('ZREM', KEYS[1], member)
    deleted = deleted + 1
  end
end
return deleted
