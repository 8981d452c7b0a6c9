package io.github.litetcc.spi;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

/**
 * One record to end in {@link TransactionRepository#finishAll}: its key, the version it must still have, and
 * the terminal status it ends in (CONFIRMED or CANCELLED).
 */
public record FinishRequest(TransactionKey key, long expectedVersion, TransactionStatus terminal) {

    public FinishRequest {
        if (key == null) {
            throw new InvalidInputException("A finish request needs a key");
        }
        if (terminal == null || !terminal.isTerminal()) {
            throw new InvalidInputException("A record finishes as CONFIRMED or CANCELLED, not " + terminal + " (" + key + ")");
        }
    }
}
