package io.github.litetcc.spi;

import java.util.Objects;

/** The outcome of a fenced phase, and for a try (applied or duplicate) the stored try result, or {@code null}. */
public record FenceResult(FenceOutcome outcome, byte[] tryResult) {

    public FenceResult {
        Objects.requireNonNull(outcome, "outcome");
        tryResult = tryResult == null ? null : tryResult.clone();
    }

    public static FenceResult of(FenceOutcome outcome) {
        return new FenceResult(outcome, null);
    }

    @Override
    public byte[] tryResult() {
        return tryResult == null ? null : tryResult.clone();
    }
}
