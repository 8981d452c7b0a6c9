-- Reads the records of one shard named by index members, keeping those that match a filter.
-- KEYS: the index the members come from, then the record key of each member, in the same order.
-- ARGV: '1' to keep only records still due (a next attempt at or before this shard's clock: one claimed, parked or
-- finished since the due index was read is left out), minimum attempts, wanted status codes as ',1,2,' ('' = any), then the members.
-- Returns {{member, fields or an error text}, ...}. A member whose record is gone is dropped from the index;
-- a record with an unknown status is kept, so that the caller reports it.
local now = now_ms()
local due_only, min_attempts, wanted = ARGV[1] == '1', tonumber(ARGV[2]), ARGV[3]
local out = {}
for i = 2, #KEYS do
  local member = ARGV[i + 2]
  local fields = redis.pcall('HGETALL', KEYS[i])
  if type(fields) == 'table' and fields.err then
    out[#out + 1] = {member, fields.err}
  elseif #fields == 0 then
    redis.call('ZREM', KEYS[1], member)
  else
    local seen = {}
    for j = 1, #fields, 2 do
      seen[fields[j]] = fields[j + 1]
    end
    local status = seen['status']
    local known = status ~= nil and string.find(',1,2,3,4,5,6,7,', ',' .. status .. ',', 1, true) ~= nil
    local keep = not known or ((wanted == '' or string.find(wanted, ',' .. status .. ',', 1, true) ~= nil)
      and (tonumber(seen['attempts']) or 0) >= min_attempts)
    local next = tonumber(seen['next'])
    if due_only and (seen['next'] == nil or (next ~= nil and next > now)) then
      keep = false
    end
    if keep then
      out[#out + 1] = {member, fields}
    end
  end
end
return out
