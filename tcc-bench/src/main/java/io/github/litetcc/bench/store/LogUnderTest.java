package io.github.litetcc.bench.store;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;

/** A transaction log on a server, and a fast way to fill it. */
interface LogUnderTest {

    TransactionRepository repository();

    /**
     * Adds {@code count} copies of the stored record {@code template} in the repository's own layout, each under a
     * fresh root key, due {@code 0 … 1 h} after the template (so none is due before it), without going through the
     * repository. The copies are genuine records: the repository reads them like those it wrote.
     */
    void copy(TransactionKey template, int count) throws Exception;
}
