-- One fenced phase of one branch: the fence state machine, and, in 'apply' mode, the participant's business
-- change in the same script. In pending mode (ARGV[4] is a token) the transition is written with a pending
-- marker that the caller completes or reverts after running its Java body; others wait while it is pending.
-- KEYS: row, tried index, done index, business keys...
-- ARGV: member, phase (1 try, 2 confirm, 3 cancel), deadline ms, 'apply' or a token, pending ms,
--       max try-result bytes, business args...
-- Returns {outcome, detail}: APPLIED (with the try result), RUN (pending mode: run the body now), DUPLICATE (with the stored try
-- result for a try), EMPTY, REJECTED, PROTOCOL_VIOLATION, RETRY, BUSY (another call is pending),
-- FAILED (the business change raised an error: detail) or TOO_BIG (the try result's size: detail).
-- A FAILED or TOO_BIG call changes nothing: the business keys are copied before the change runs and put back
-- before the script answers, and the fence row is written only after every check passed.
local function business(KEYS, ARGV)
--BUSINESS--
end

local row, tried, done, member = KEYS[1], KEYS[2], KEYS[3], ARGV[1]
local now = now_ms()
settle(row, tried, done, member, now)
local current = redis.call('HMGET', row, 'status', 'pending', 'result')
if current[2] then
  return {'BUSY'}
end
local status, phase = current[1], ARGV[2]
local target
if phase == '1' then
  if not status then target = '1'
  elseif status == '1' or status == '2' then return {'DUPLICATE', current[3] or ''}
  else return {'REJECTED'} end
elseif phase == '2' then
  if status == '1' then target = '2'
  elseif status == '2' then return {'DUPLICATE'}
  elseif status == '3' or status == '4' then return {'PROTOCOL_VIOLATION'}
  else return {'RETRY'} end
else
  if status == '1' then target = '3'
  elseif not status then
    redis.call('HSET', row, 'status', '4', 'deadline', ARGV[3], 'created', num(now), 'updated', num(now))
    redis.call('ZADD', done, ARGV[3], member)
    return {'EMPTY'}
  elseif status == '3' or status == '4' then return {'DUPLICATE'}
  else return {'PROTOCOL_VIOLATION'} end
end

if ARGV[4] ~= 'apply' then
  move(row, tried, done, member, status, target, now, ARGV[3])
  redis.call('HSET', row, 'pending', ARGV[4], 'pending_until', num(now + tonumber(ARGV[5])), 'prev', status or '')
  return {'RUN'}
end
local keys, args = {}, {}
for i = 4, #KEYS do keys[#keys + 1] = KEYS[i] end
for i = 7, #ARGV do args[#args + 1] = ARGV[i] end
local saved = snapshot(keys)
local ok, result = pcall(business, keys, args)
if not ok then
  if type(result) == 'table' then result = result.err end
  restore(keys, saved)
  return {'FAILED', tostring(result)}
end
if type(result) == 'table' and result.err then
  restore(keys, saved)
  return {'FAILED', tostring(result.err)}
end
if type(result) == 'number' then result = tostring(result) end
if type(result) ~= 'string' then result = nil end
if phase == '1' and result and #result > tonumber(ARGV[6]) then
  restore(keys, saved)
  return {'TOO_BIG', tostring(#result)}
end
move(row, tried, done, member, status, target, now, ARGV[3])
if phase == '1' and result then
  redis.call('HSET', row, 'result', 'v' .. result)
  return {'APPLIED', 'v' .. result}
end
return {'APPLIED', ''}
