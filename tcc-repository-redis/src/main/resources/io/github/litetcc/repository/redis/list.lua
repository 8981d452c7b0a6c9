-- One batch of a shard's records in key order, filtered by status and attempts.
-- KEYS: index. ARGV: after member ('' = from the start), batch size, minimum attempts,
-- wanted status codes as ',1,2,', record key prefix.
-- Returns {last member scanned, 1 when the shard is exhausted, {{member, fields or an error text}, ...}}.
-- Records with an unknown status are returned too, so that the caller reports them; vanished ones are dropped.
local from = '-'
if ARGV[1] ~= '' then
  from = '(' .. ARGV[1]
end
local batch = tonumber(ARGV[2])
local members = redis.call('ZRANGEBYLEX', KEYS[1], from, '+', 'LIMIT', 0, batch)
local out = {}
for _, member in ipairs(members) do
  local fields = redis.pcall('HGETALL', ARGV[5] .. member)
  if type(fields) == 'table' and fields.err then
    out[#out + 1] = {member, fields.err}
  elseif #fields == 0 then
    redis.call('ZREM', KEYS[1], member)
  else
    local status, attempts = nil, nil
    for i = 1, #fields, 2 do
      if fields[i] == 'status' then status = fields[i + 1] end
      if fields[i] == 'attempts' then attempts = fields[i + 1] end
    end
    local known = status ~= nil and string.find(',1,2,3,4,5,6,7,', ',' .. status .. ',', 1, true) ~= nil
    local wanted = known and string.find(ARGV[4], ',' .. status .. ',', 1, true) ~= nil
      and (tonumber(attempts) or 0) >= tonumber(ARGV[3])
    if wanted or not known then
      out[#out + 1] = {member, fields}
    end
  end
end
local exhausted = 0
if #members < batch then
  exhausted = 1
end
return {members[#members] or '', exhausted, out}
