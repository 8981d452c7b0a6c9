package io.github.litetcc.fence.redis;

import io.github.litetcc.TccException;

/**
 * A {@link RedisBusinessChange} refused its change by raising an error: the fence wrote nothing. The message
 * carries the snippet's error text; the business decides whether that is final (insufficient funds) or not.
 */
public class RedisBusinessChangeException extends TccException {
    private static final long serialVersionUID = 1L;

    public RedisBusinessChangeException(String message) {
        super(message);
    }
}
