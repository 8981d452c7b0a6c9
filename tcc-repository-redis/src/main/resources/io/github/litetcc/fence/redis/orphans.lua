-- Reads the given rows of one shard's tried index; the caller keeps the TRIED ones.
-- KEYS: tried index, then the row key of each member, in the same order. ARGV: the members.
-- Returns {{member, fields}, ...}; a vanished row leaves the index.
local out = {}
for i = 2, #KEYS do
  local fields = redis.call('HGETALL', KEYS[i])
  if #fields == 0 then
    redis.call('ZREM', KEYS[1], ARGV[i - 1])
  else
    out[#out + 1] = {ARGV[i - 1], fields}
  end
end
return out
