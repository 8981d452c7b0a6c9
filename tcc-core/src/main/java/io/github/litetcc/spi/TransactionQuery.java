package io.github.litetcc.spi;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * An operator's listing: records in any of {@code statuses} with at least {@code minAttempts} attempts
 * (use the alert threshold to list the stuck ones), after the key {@code after} (exclusive; {@code null}
 * for the first page), at most {@code limit} of them.
 */
public record TransactionQuery(Set<TransactionStatus> statuses, int minAttempts, TransactionKey after, int limit) {
    /** Largest page. */
    public static final int MAX_LIMIT = 1000;

    public TransactionQuery {
        if (statuses == null || statuses.isEmpty()) {
            throw new InvalidInputException("A transaction query needs at least one status");
        }
        statuses = Set.copyOf(statuses);
        if (minAttempts < 0) {
            throw new InvalidInputException("minAttempts must not be negative, was " + minAttempts);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every unfinished record, first page. */
    public static TransactionQuery unfinished(int limit) {
        return new TransactionQuery(EnumSet.complementOf(EnumSet.of(TransactionStatus.CONFIRMED, TransactionStatus.CANCELLED)),
                0, null, limit);
    }

    /** Records of the given statuses, first page. */
    public static TransactionQuery byStatus(Set<TransactionStatus> statuses, int limit) {
        return new TransactionQuery(statuses, 0, null, limit);
    }

    public TransactionQuery withMinAttempts(int attempts) {
        return new TransactionQuery(statuses, attempts, after, limit);
    }

    public TransactionQuery withAfter(TransactionKey key) {
        return new TransactionQuery(statuses, minAttempts, key, limit);
    }

    public boolean matches(io.github.litetcc.model.GlobalTransaction record) {
        return statuses.contains(record.status()) && record.attempts() >= minAttempts
                && (after == null || record.key().compareTo(after) > 0);
    }
}
