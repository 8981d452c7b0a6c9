package io.github.litetcc.spi;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.TransactionKey;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link TransactionRepository#create} writes: a TRYING record whose deadline is {@code timeout}
 * from the repository's now, due for recovery {@code timeout + grace} from now, owned by {@code owner},
 * with its first branch.
 */
public record NewTransaction(TransactionKey key, Duration timeout, Duration grace, String owner, Branch firstBranch) {

    public NewTransaction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstBranch, "firstBranch");
        Objects.requireNonNull(owner, "owner");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, was " + grace);
        }
    }

    /** When the record becomes due for recovery, relative to its creation. */
    public Duration dueIn() {
        return timeout.plus(grace);
    }
}
