package io.github.litetcc.bench.store;

import java.util.Locale;

/** The three measurements, each with the target its ratio is held to. */
enum Part {
    /** Each protocol write against the server's bare write of the same size: at most 1.5×. */
    PROTOCOL(1.5),
    /** A recovery pass over 1,000,000 records against one over 1,000, 100 due in each: at most 1.2×. */
    RECOVERY(1.2),
    /** A fenced business change against the same change in a plain local transaction: reported, no target. */
    FENCE(Double.NaN),
    /** Diagnosis (databases): a two-row write shaped as the log writes it and as one round trip, against the bare write. */
    SHAPES(Double.NaN);

    private final double target;

    Part(double target) {
        this.target = target;
    }

    /** The largest acceptable ratio, or NaN when the part only reports. */
    double target() {
        return target;
    }

    static Part parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown part '" + name + "': expected protocol, recovery, fence or shapes", e);
        }
    }
}
