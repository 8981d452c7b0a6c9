package io.github.litetcc.repository.memory;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.TransactionRepositoryContract;

import java.time.Clock;

/** The in-memory repository, archiving finished records, passes the repository contract. */
class ArchivingInMemoryTransactionRepositoryTest extends TransactionRepositoryContract {

    @Override
    protected TransactionRepository createRepository() {
        return new InMemoryTransactionRepository(Clock.systemUTC(), true);
    }

    @Override
    protected void corrupt(TransactionRepository repository, TransactionKey key) {
        ((InMemoryTransactionRepository) repository).putRaw(key, InMemoryTransactionRepositoryTest.withUnknownStatusCode(repository, key));
    }
}
