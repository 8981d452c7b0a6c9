-- Shared by every script of the Redis fence. Times are epoch milliseconds on this server's clock.
-- A row: status (1 TRIED, 2 CONFIRMED, 3 CANCELLED, 4 CANCELLED_EMPTY), deadline, created, updated, result
-- ('v' and the try result), and while a Java body runs: pending (its token), pending_until, prev (the status
-- before, '' when the row was inserted). The tried index holds TRIED rows, the done index terminal ones,
-- both scored by deadline.
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function num(x)
  return string.format('%d', x)
end
-- Moves a row from status 'from' (false: absent) to 'target', keeping the indexes in step.
local function move(row, tried, done, member, from, target, now, deadline)
  if not from then
    redis.call('HSET', row, 'status', target, 'deadline', deadline, 'created', num(now), 'updated', num(now))
  else
    deadline = redis.call('HGET', row, 'deadline')
    redis.call('HSET', row, 'status', target, 'updated', num(now))
  end
  if target == '1' then
    redis.call('ZREM', done, member)
    redis.call('ZADD', tried, deadline, member)
  else
    redis.call('ZREM', tried, member)
    redis.call('ZADD', done, deadline, member)
  end
end
-- Undoes a pending transition: deletes an inserted row, or puts the previous status back.
local function revert(row, tried, done, member, now)
  local prev = redis.call('HGET', row, 'prev')
  if prev == '' then
    redis.call('DEL', row)
    redis.call('ZREM', tried, member)
    redis.call('ZREM', done, member)
  else
    move(row, tried, done, member, '?', prev, now)
    redis.call('HDEL', row, 'pending', 'pending_until', 'prev')
  end
end
-- Reverts a pending transition whose body overran its time: that body is taken as failed.
local function settle(row, tried, done, member, now)
  local pending = redis.call('HMGET', row, 'pending', 'pending_until')
  if pending[1] and tonumber(pending[2]) < now then
    revert(row, tried, done, member, now)
  end
end
-- Copies each business key (its serialized value and time to live) before a business change runs.
local function snapshot(keys)
  local saved = {}
  for i, key in ipairs(keys) do
    saved[i] = {redis.call('DUMP', key), redis.call('PTTL', key)}
  end
  return saved
end
-- Puts every business key back as snapshot() found it: a refused change leaves no trace.
local function restore(keys, saved)
  for i = #keys, 1, -1 do
    local dump, ttl = saved[i][1], saved[i][2]
    if dump then
      redis.call('RESTORE', keys[i], math.max(ttl, 0), dump, 'REPLACE')
    else
      redis.call('DEL', keys[i])
    end
  end
end
