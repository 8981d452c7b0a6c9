-- Shared by every script of the Redis transaction log. Times are epoch milliseconds on this server's clock.
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function num(x)
  return string.format('%d', x)
end
-- An optional value travels as '' (none) or '=' followed by the value.
local function set_or_clear(key, field, value)
  if value == '' then
    redis.call('HDEL', key, field)
  else
    redis.call('HSET', key, field, string.sub(value, 2))
  end
end
