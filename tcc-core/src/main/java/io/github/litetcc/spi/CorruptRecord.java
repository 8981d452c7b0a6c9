package io.github.litetcc.spi;

import io.github.litetcc.model.TransactionKey;

import java.util.Objects;

/** A stored record that could not be read, with what was wrong with it. */
public record CorruptRecord(TransactionKey key, String problem) {

    public CorruptRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(problem, "problem");
    }
}
