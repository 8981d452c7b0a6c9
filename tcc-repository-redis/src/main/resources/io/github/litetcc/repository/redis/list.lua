-- One batch of a shard's index members in key order; records.lua then reads their records.
-- KEYS: index. ARGV: after member ('' = from the start), batch size.
-- Returns the members.
local from = '-'
if ARGV[1] ~= '' then
  from = '(' .. ARGV[1]
end
return redis.call('ZRANGEBYLEX', KEYS[1], from, '+', 'LIMIT', 0, tonumber(ARGV[2]))
