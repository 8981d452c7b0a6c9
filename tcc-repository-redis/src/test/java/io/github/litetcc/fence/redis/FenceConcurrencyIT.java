package io.github.litetcc.fence.redis;

import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.FenceOutcome;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.FenceStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many threads on two connections race duplicated tries and cancels of one branch. */
class FenceConcurrencyIT {
    private static final int CALLS = 40;

    @Test
    void eachBodyRunsAtMostOnceAndNoTrySucceedsAfterTheCancel() throws Exception {
        String namespace = TestNamespace.random();
        RedisFenceConfig config = RedisFenceConfig.DEFAULT.withNamespace(namespace);
        Xid xid = Xid.generate(Instant.now());
        BranchId branch = BranchId.parse("1");
        Map<Phase, AtomicInteger> bodies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        FenceStatus last;
        try (RedisConnection first = RedisServers.standalone().connect(); RedisConnection second = RedisServers.standalone().connect()) {
            List<RedisFence> fences = List.of(new RedisFence(first, config), new RedisFence(second, config));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<FenceOutcome>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    RedisFence fence = fences.get(i % 2);
                    Phase phase = i % 3 == 2 ? Phase.CANCEL : Phase.TRY;
                    calls.add(threads.submit(() -> {
                        start.await();
                        FenceOutcome outcome = fence.execute(new FenceRequest(xid, branch, phase, Instant.now().plusSeconds(60)), () -> {
                            bodies.computeIfAbsent(phase, p -> new AtomicInteger()).incrementAndGet();
                            return null;
                        }).outcome();
                        outcomes.computeIfAbsent(phase + "->" + outcome, o -> new AtomicInteger()).incrementAndGet();
                        return outcome;
                    }));
                }
                start.countDown();
                await().atMost(Duration.ofMinutes(1)).until(() -> calls.stream().allMatch(Future::isDone));
                for (Future<FenceOutcome> call : calls) {
                    assertThat(call.get()).isNotEqualTo(FenceOutcome.RETRY).isNotEqualTo(FenceOutcome.PROTOCOL_VIOLATION);
                }
                last = fences.get(0).find(xid, branch).orElseThrow().status();
            } finally {
                threads.shutdownNow();
                TestNamespace.delete(first, namespace);
            }
        }
        assertThat(bodies.values()).allSatisfy(count -> assertThat(count).hasValueLessThanOrEqualTo(1));
        if (last == FenceStatus.CANCELLED_EMPTY) {
            assertThat(bodies).doesNotContainKey(Phase.TRY);
            assertThat(outcomes).doesNotContainKey("TRY->APPLIED").doesNotContainKey("TRY->DUPLICATE");
        } else {
            assertThat(last).isEqualTo(FenceStatus.CANCELLED);
            assertThat(bodies.get(Phase.TRY)).hasValue(1);
            assertThat(bodies.get(Phase.CANCEL)).hasValue(1);
        }
        assertThat(outcomes.get("CANCEL->" + (last == FenceStatus.CANCELLED ? "APPLIED" : "EMPTY"))).hasValue(1);
    }
}
