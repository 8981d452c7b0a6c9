package io.github.litetcc.spi;

import io.github.litetcc.model.TransactionKey;

import java.util.List;
import java.util.Optional;

/** One page of a listing, and the key to continue after when there may be more. */
public record Page<T>(List<T> items, TransactionKey nextAfter) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<TransactionKey> next() {
        return Optional.ofNullable(nextAfter);
    }
}
