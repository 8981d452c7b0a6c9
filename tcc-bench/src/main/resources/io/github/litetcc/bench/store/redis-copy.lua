-- Benchmark set-up only: fills one shard of a log with copies of a stored record, in the repository's layout
-- (a hash per record, its member in the shard's due and index sorted sets).
-- KEYS: due, index, then one record key per copy.
-- ARGV: 2n, the template's n fields and values, then per copy its member and its next attempt (epoch ms).
local n = tonumber(ARGV[1])
local fields, next_at = {}, nil
for i = 2, 1 + n, 2 do
  fields[#fields + 1] = ARGV[i]
  fields[#fields + 1] = ARGV[i + 1]
  if ARGV[i] == 'next' then next_at = #fields end
end
if not next_at then
  return redis.error_reply('the template has no next field')
end
local due, index, k = {}, {}, 3
for i = 2 + n, #ARGV, 2 do
  fields[next_at] = ARGV[i + 1]
  redis.call('HSET', KEYS[k], unpack(fields))
  due[#due + 1] = ARGV[i + 1]
  due[#due + 1] = ARGV[i]
  index[#index + 1] = 0
  index[#index + 1] = ARGV[i]
  k = k + 1
end
redis.call('ZADD', KEYS[1], unpack(due))
redis.call('ZADD', KEYS[2], unpack(index))
return k - 3
