-- TRIED rows of one shard whose deadline is older than now minus the given age, oldest first.
-- KEYS: tried index. ARGV: age ms, limit, row key prefix. Returns {{member, fields}, ...}.
local horizon = now_ms() - tonumber(ARGV[1])
local members = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', num(horizon), 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
for _, member in ipairs(members) do
  local fields = redis.call('HGETALL', ARGV[3] .. member)
  if #fields == 0 then
    redis.call('ZREM', KEYS[1], member)
  else
    out[#out + 1] = {member, fields}
  end
end
return out
