package io.github.litetcc.spi;

import io.github.litetcc.model.TransactionStatus;

import java.time.Duration;
import java.util.Objects;

/**
 * The new header of a record in a {@link TransactionRepository#compareAndSet}: status, attempt count,
 * when it is next due (relative to the repository's now; {@code null} means never, for parked records),
 * the lease owner ({@code null} for none) and the last error (for operators; {@code null} for none,
 * cut to {@link #MAX_ERROR_LENGTH} characters).
 */
public record RecordUpdate(TransactionStatus status, int attempts, Duration nextAttemptIn, String owner, String lastError) {
    /** Longest stored error text. */
    public static final int MAX_ERROR_LENGTH = 1000;

    public RecordUpdate {
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        if (nextAttemptIn != null && nextAttemptIn.isNegative()) {
            nextAttemptIn = Duration.ZERO;
        }
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH);
        }
    }
}
