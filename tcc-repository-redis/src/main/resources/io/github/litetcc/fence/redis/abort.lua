-- Reverts a pending transition after its Java body failed (a compare-and-set on the token).
-- KEYS: row, tried index, done index. ARGV: member, token. Returns 1, or 0 when not pending under this token.
if redis.call('HGET', KEYS[1], 'pending') ~= ARGV[2] then
  return 0
end
revert(KEYS[1], KEYS[2], KEYS[3], ARGV[1], now_ms())
return 1
