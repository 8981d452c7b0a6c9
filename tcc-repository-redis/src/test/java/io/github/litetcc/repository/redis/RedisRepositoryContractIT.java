package io.github.litetcc.repository.redis;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.SharedConnections;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.TransactionRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;


/**
 * The repository contract on one Redis deployment: a fresh repository per test on the class's shared
 * connection and namespace (four shards, so records spread over several hash tags).
 */
@ExtendWith(SharedConnections.class)
abstract class RedisRepositoryContractIT extends TransactionRepositoryContract {
    abstract RedisTarget target();

    RedisRepositoryConfig config(String namespace) {
        return RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(4);
    }

    @Override
    protected TransactionRepository createRepository() {
        SharedConnections.Shared shared = SharedConnections.of(getClass(), this::target);
        return new RedisTransactionRepository(shared.connection(), config(shared.namespace()));
    }

    /** Sets the status code to one no status has, keeping the due entry. */
    @Override
    protected void corrupt(TransactionRepository repository, TransactionKey key) {
        RedisRepositoryConfig config = ((RedisTransactionRepository) repository).config();
        byte[] record = new RecordKeys(config.namespace(), config.shards()).record(key);
        SharedConnections.of(getClass(), this::target).connection().call("Corrupting " + key, commands ->
                commands.hset(record, bytes("status"), bytes("99")));
    }
}
