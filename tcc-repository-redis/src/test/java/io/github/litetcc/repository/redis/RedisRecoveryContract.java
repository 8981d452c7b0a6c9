package io.github.litetcc.repository.redis;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.TransactionRepository;
import io.github.litetcc.test.contract.RecoveryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

/**
 * Core's recovery passes on one Redis deployment, in a namespace of its own: each node is a repository on a
 * connection of its own. Bad bytes replace the encoded branch in the record's hash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RedisRecoveryContract extends RecoveryContract<RedisConnection> {
    private final String namespace = TestNamespace.random();
    private final RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(8);

    abstract RedisTarget target();

    @Override
    protected RedisConnection connect(String nodeId) {
        return target().connect();
    }

    @Override
    protected TransactionRepository repositoryOn(RedisConnection connection) {
        return new RedisTransactionRepository(connection, config);
    }

    @Override
    protected void damageBytes(RedisConnection connection, TransactionKey key) {
        byte[] record = new RecordKeys(namespace, config.shards()).record(key);
        connection.call("Damaging " + key, commands -> commands.hset(record,
                "b:1".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xB1, 1, 0, 9, 'x'}));
    }

    @AfterAll
    void deleteKeys() {
        try (RedisConnection connection = target().connect()) {
            TestNamespace.delete(connection, namespace);
        }
    }
}
