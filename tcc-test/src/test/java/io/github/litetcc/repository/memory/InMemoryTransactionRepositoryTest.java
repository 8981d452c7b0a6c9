package io.github.litetcc.repository.memory;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.TransactionRepositoryContract;

import java.nio.charset.StandardCharsets;

/** The in-memory repository, removing finished records, passes the repository contract. */
class InMemoryTransactionRepositoryTest extends TransactionRepositoryContract {

    @Override
    protected TransactionRepository createRepository() {
        return new InMemoryTransactionRepository();
    }

    @Override
    protected void corrupt(TransactionRepository repository, TransactionKey key) {
        ((InMemoryTransactionRepository) repository).putRaw(key, withUnknownStatusCode(repository, key));
    }

    /** The record's encoding with its status byte (after magic, format version and the key) set to a code no status has. */
    static byte[] withUnknownStatusCode(TransactionRepository repository, TransactionKey key) {
        byte[] bytes = RecordCodec.encodeRecord(repository.find(key).orElseThrow());
        int statusAt = 2 + 2 + key.toString().getBytes(StandardCharsets.UTF_8).length;
        bytes[statusAt] = 99;
        return bytes;
    }
}
