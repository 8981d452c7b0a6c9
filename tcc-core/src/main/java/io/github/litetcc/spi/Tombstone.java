package io.github.litetcc.spi;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.TransactionKey;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link TransactionRepository#createTombstone} writes: an empty CANCELLING record for the children of the
 * nested participant branch {@code key.owner()}, due for recovery {@code dueIn} from the repository's now.
 */
public record Tombstone(TransactionKey key, Duration dueIn) {

    public Tombstone {
        Objects.requireNonNull(key, "key");
        if (key.isRoot()) {
            throw new InvalidInputException("Only a nested participant's record has a tombstone, not the root record " + key);
        }
        if (dueIn == null || dueIn.isNegative()) {
            throw new InvalidInputException("A tombstone's due delay must be zero or more, was " + dueIn);
        }
    }
}
