-- Completes a pending transition after its Java body succeeded.
-- KEYS: row. ARGV: token, try result ('' for none, else 'v' and the bytes).
-- Returns 1, or 0 when the transition is no longer pending under this token (it overran and was reverted).
if redis.call('HGET', KEYS[1], 'pending') ~= ARGV[1] then
  return 0
end
redis.call('HDEL', KEYS[1], 'pending', 'pending_until', 'prev')
if ARGV[2] ~= '' then
  redis.call('HSET', KEYS[1], 'result', ARGV[2])
end
return 1
