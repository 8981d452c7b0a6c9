package io.github.litetcc.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test sets or advances it. Thread-safe; the clocks returned by
 * {@link #withZone} share this one's time, so advancing one advances them all.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> time;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> time, ZoneId zone) {
        this.time = time;
        this.zone = zone;
    }

    /** A clock at {@code start}, in UTC. */
    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /** A clock at the current system time, in UTC, standing still from now on. */
    public static MutableClock startingNow() {
        return at(Instant.now());
    }

    /** Moves the clock to {@code instant} (backwards too). */
    public void set(Instant instant) {
        time.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forward by {@code amount} (backwards for a negative one) and returns the new time. */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        return time.updateAndGet(now -> now.plus(amount));
    }

    @Override
    public Instant instant() {
        return time.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(time, Objects.requireNonNull(other, "zone"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + time.get() + ", " + zone + "]";
    }
}
