package io.github.litetcc.repository.redis;

import io.github.litetcc.ConcurrentUpdateException;
import io.github.litetcc.IllegalTransitionException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.NoSuchTransactionException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.litetcc.repository.redis.Records.begin;
import static io.github.litetcc.repository.redis.Records.branch;
import static io.github.litetcc.repository.redis.Records.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only the Redis log does, on the cluster: key order across shards for nested records, and the payload limit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardedRepositoryIT {
    private final String namespace = TestNamespace.random();
    private RedisConnection connection;
    private RedisTransactionRepository repository;

    @BeforeAll
    void connect() {
        connection = RedisServers.cluster().connect();
        repository = new RedisTransactionRepository(connection, RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(4));
    }

    @AfterAll
    void deleteKeys() {
        TestNamespace.delete(connection, namespace);
        connection.close();
    }

    @Test
    void listPagesThroughNestedRecordsInKeyOrder() {
        Xid xid = Xid.generate(Instant.now());
        List<TransactionKey> keys = new ArrayList<>();
        for (String owner : List.of("0", "2", "2.9", "2.10", "10")) {
            TransactionKey key = new TransactionKey(xid, BranchId.parse(owner));
            keys.add(key);
            repository.create(begin(key));
        }
        TransactionQuery query = TransactionQuery.byStatus(java.util.EnumSet.of(TransactionStatus.TRYING), 2)
                .withAfter(new TransactionKey(previous(xid), BranchId.ROOT));

        List<TransactionKey> seen = new ArrayList<>();
        var page = repository.list(query);
        while (!page.items().isEmpty() && page.items().get(0).xid().equals(xid)) {
            page.items().stream().map(GlobalTransaction::key).filter(k -> k.xid().equals(xid)).forEach(seen::add);
            if (page.next().isEmpty()) {
                break;
            }
            page = repository.list(query.withAfter(page.next().get()));
        }
        assertThat(seen).isEqualTo(keys.stream().sorted().toList());
    }

    @Test
    void enlistOverThePayloadLimitIsRefusedNamingTheLimitAndWritesNothing() {
        RedisTransactionRepository limited = new RedisTransactionRepository(connection,
                repository.config().withMaxBranchPayloadBytes(16));
        TransactionKey key = newKey();
        limited.create(begin(key));

        Branch big = Branch.local(BranchId.parse("2"), Records.PARTICIPANT, new byte[17]);
        assertThatThrownBy(() -> limited.enlist(key, big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxBranchPayloadBytes=16");
        assertThat(limited.find(key).orElseThrow().version()).isEqualTo(1);
    }
    private static Xid previous(Xid xid) {
        String text = xid.toString();
        int last = Character.digit(text.charAt(31), 16);
        return Xid.parse(text.substring(0, 31) + Character.forDigit(Math.max(0, last - 1), 16));
    }

    @Test
    void anAttachedTryContextOverThePayloadLimitIsRefused() {
        RedisTransactionRepository limited = new RedisTransactionRepository(connection,
                repository.config().withMaxBranchPayloadBytes(16));
        TransactionKey key = newKey();
        limited.create(begin(key));

        assertThatThrownBy(() -> limited.attachTryContext(key, BranchId.parse("1"), new byte[17]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxBranchPayloadBytes=16");
        assertThat(limited.find(key).orElseThrow().branches().get(0).tryContext()).isNull();
    }
}
