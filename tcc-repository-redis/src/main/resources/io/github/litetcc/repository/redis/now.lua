-- This server's clock. KEYS: any key of the shard whose node should answer.
return now_ms()
