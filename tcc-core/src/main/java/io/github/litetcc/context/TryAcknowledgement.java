package io.github.litetcc.context;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answer to one remote try entering this node. The coordinator {@linkplain #enter() enters} it once, when the
 * participant's try method starts, and {@linkplain #acknowledge() acknowledges} it only after the try committed in
 * its fence and every child it enlisted acknowledged; the transport then tells the caller, who counts the branch as
 * tried only on that answer. Thread-safe.
 */
public final class TryAcknowledgement {
    private final AtomicBoolean entered = new AtomicBoolean();
    private volatile boolean acknowledged;

    /** Marks the try as started; {@code false} if it was started before (one inbound context serves one try). */
    public boolean enter() {
        return entered.compareAndSet(false, true);
    }

    public boolean isEntered() {
        return entered.get();
    }

    public void acknowledge() {
        acknowledged = true;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }
}
