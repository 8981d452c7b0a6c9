-- The due entries of one shard, oldest first, read on this shard's clock. The records themselves are read by
-- records.lua, which names each record key in KEYS (a script may only touch the keys it is given).
-- KEYS: due. ARGV: limit.
-- Returns {now, {member, score}, ...}.
local now = now_ms()
local entries = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', num(now), 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[1]))
local out = {num(now)}
for i = 1, #entries, 2 do
  out[#out + 1] = {entries[i], entries[i + 1]}
end
return out
