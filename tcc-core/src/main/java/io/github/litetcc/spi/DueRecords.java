package io.github.litetcc.spi;

import io.github.litetcc.model.GlobalTransaction;

import java.util.List;

/** What {@link TransactionRepository#findDue} found: the readable due records, and those that could not be read. */
public record DueRecords(List<GlobalTransaction> records, List<CorruptRecord> corrupt) {

    public DueRecords {
        records = List.copyOf(records);
        corrupt = List.copyOf(corrupt);
    }

    public boolean isEmpty() {
        return records.isEmpty() && corrupt.isEmpty();
    }
}
