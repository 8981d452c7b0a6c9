package io.github.litetcc.repository.redis;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.RedisTarget;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.RecordUpdate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.github.litetcc.repository.redis.Records.decided;
import static io.github.litetcc.repository.redis.Records.begin;
import static io.github.litetcc.repository.redis.Records.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two repositories on separate connections (two nodes) claim the same due records at once: each is claimed once. */
class RecoveryRaceIT {
    private static final int RECORDS = 100;

    static Stream<RedisTarget> deployments() {
        return Stream.of(RedisServers.standalone(), RedisServers.cluster());
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void everyDueRecordIsClaimedByExactlyOneNode(RedisTarget target) throws Exception {
        String namespace = TestNamespace.random();
        RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(8);
        try (RedisConnection first = target.connect(); RedisConnection second = target.connect()) {
            List<TransactionKey> keys = dueRecords(new RedisTransactionRepository(first, config));
            Map<TransactionKey, String> claims = new ConcurrentHashMap<>();
            AtomicInteger doubleClaims = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> passes = new ArrayList<>();
                for (RedisConnection connection : List.of(first, second)) {
                    RedisTransactionRepository node = new RedisTransactionRepository(connection, config);
                    String name = "node-" + passes.size();
                    passes.add(nodes.submit(() -> claimAll(node, name, start, claims, doubleClaims)));
                }
                start.countDown();
                await().atMost(Duration.ofMinutes(1)).until(() -> passes.stream().allMatch(Future::isDone));
                for (Future<?> pass : passes) {
                    pass.get();
                }
            } finally {
                nodes.shutdownNow();
                TestNamespace.delete(first, namespace);
            }
            assertThat(doubleClaims).hasValue(0);
            assertThat(claims.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    private static List<TransactionKey> dueRecords(RedisTransactionRepository repository) {
        List<TransactionKey> keys = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            TransactionKey key = newKey();
            repository.create(begin(key));
            repository.compareAndSet(key, 1, decided(TransactionStatus.CANCELLING));
            keys.add(key);
        }
        return keys;
    }

    private static Void claimAll(RedisTransactionRepository node, String name, CountDownLatch start,
                                 Map<TransactionKey, String> claims, AtomicInteger doubleClaims) throws InterruptedException {
        start.await();
        RecordUpdate lease = new RecordUpdate(TransactionStatus.CANCELLING, 1, Duration.ofMinutes(5), name, null);
        for (GlobalTransaction record : node.findDue(RECORDS * 2).records()) {
            if (node.compareAndSet(record.key(), record.version(), lease) && claims.putIfAbsent(record.key(), name) != null) {
                doubleClaims.incrementAndGet();
            }
        }
        return null;
    }
}
