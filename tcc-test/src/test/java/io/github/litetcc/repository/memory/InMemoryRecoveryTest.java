package io.github.litetcc.repository.memory;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.RecoveryContract;

/** Core's recovery passes over the in-memory repository: both nodes share one instance, as they would share a store. */
class InMemoryRecoveryTest extends RecoveryContract<AutoCloseable> {
    private final InMemoryTransactionRepository store = new InMemoryTransactionRepository();

    @Override
    protected AutoCloseable connect(String nodeId) {
        return () -> {
        };
    }

    @Override
    protected TransactionRepository repositoryOn(AutoCloseable connection) {
        return store;
    }

    @Override
    protected void damageBytes(AutoCloseable connection, TransactionKey key) {
        store.putRaw(key, new byte[] {(byte) 0xB1, 1, 0, 9, 'x'});
    }
}
