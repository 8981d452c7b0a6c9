package io.github.litetcc.repository.redis;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.EnumSet;

import static io.github.litetcc.repository.redis.Records.decided;
import static io.github.litetcc.repository.redis.Records.begin;
import static io.github.litetcc.repository.redis.Records.newKey;
import static org.assertj.core.api.Assertions.assertThat;

/** With archiving on, a finished record stays readable for its TTL and is never due again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveIT {
    private final String namespace = TestNamespace.random();
    private final RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withNamespace(namespace)
            .withArchiveFinished(true).withArchiveTtl(Duration.ofHours(2));
    private RedisConnection connection;
    private RedisTransactionRepository repository;

    @BeforeAll
    void connect() {
        connection = RedisServers.standalone().connect();
        repository = new RedisTransactionRepository(connection, config);
    }

    @AfterAll
    void deleteKeys() {
        TestNamespace.delete(connection, namespace);
        connection.close();
    }

    @Test
    void finishedRecordIsKeptWithItsTtlNeverDueAndStillListed() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING));

        assertThat(repository.finish(key, 2, TransactionStatus.CONFIRMED)).isTrue();

        GlobalTransaction archived = repository.find(key).orElseThrow();
        assertThat(archived.status()).isEqualTo(TransactionStatus.CONFIRMED);
        assertThat(archived.nextAttemptAt()).isNull();
        assertThat(archived.owner()).isNull();
        assertThat(repository.archivesFinished()).isTrue();
        assertThat(repository.findDue(1000).records()).extracting(GlobalTransaction::key).doesNotContain(key);
        assertThat(repository.list(TransactionQuery.byStatus(EnumSet.of(TransactionStatus.CONFIRMED), 100)).items())
                .extracting(GlobalTransaction::key).containsExactly(key);
        Long ttl = connection.call("TTL", commands -> commands.pttl(new RecordKeys(namespace, config.shards()).record(key)));
        assertThat(ttl).isBetween(Duration.ofHours(1).toMillis(), Duration.ofHours(2).toMillis());
    }
}
