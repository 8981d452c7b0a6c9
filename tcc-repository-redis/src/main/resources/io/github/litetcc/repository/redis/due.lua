-- The due records of one shard, oldest first, read on this shard's clock.
-- KEYS: due. ARGV: limit, record key prefix.
-- Returns {now, {member, score, fields or an error text}, ...}; entries whose record is gone are dropped.
local now = now_ms()
local entries = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', num(now), 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[1]))
local out = {num(now)}
for i = 1, #entries, 2 do
  local fields = redis.pcall('HGETALL', ARGV[2] .. entries[i])
  if type(fields) == 'table' and fields.err then
    out[#out + 1] = {entries[i], entries[i + 1], fields.err}
  elseif #fields == 0 then
    redis.call('ZREM', KEYS[1], entries[i])
  else
    out[#out + 1] = {entries[i], entries[i + 1], fields}
  end
end
return out
