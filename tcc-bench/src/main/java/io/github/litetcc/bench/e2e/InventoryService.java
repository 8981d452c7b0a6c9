package io.github.litetcc.bench.e2e;

import io.github.litetcc.annotation.TccBranch;

/** The inventory participant: a TCC try (reserve, confirmed by confirm, cancelled by release) and the plain calls. */
public interface InventoryService {

    /** Reserves stock; throws when {@code fail} is set (the rollback scenario's failing second try). */
    @TccBranch
    void reserve(String order, long quantity, boolean fail) throws OutOfStockException;

    void reservePlain(String order, long quantity);

    void confirmPlain(String order, long quantity);
}
