package io.github.litetcc.serialization;

import io.github.litetcc.serialization.fixtures.Money;
import io.github.litetcc.serialization.fixtures.OrderLine;
import io.github.litetcc.serialization.fixtures.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KryoSerializerConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 500;

    private final KryoSerializer serializer = Serializers.application();
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void manyThreadsSerializingAtOnceEachReadBackTheirOwnValues() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object[]>>> results = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            results.add(executor.submit(roundTrips(thread, start)));
        }
        start.countDown();

        for (int thread = 0; thread < THREADS; thread++) {
            List<Object[]> pairs = results.get(thread).get(60, TimeUnit.SECONDS);
            assertThat(pairs).hasSize(CALLS_PER_THREAD)
                    .allSatisfy(pair -> assertThat(pair[1]).isEqualTo(pair[0]));
        }
        assertThat(serializer.instancesCreated()).isBetween(1, THREADS);
    }

    @Test
    void sequentialCallsReuseOneKryoInstance() {
        for (int i = 0; i < 1_000; i++) {
            serializer.deserialize(serializer.serialize(arguments(0, i)), Object[].class);
        }

        assertThat(serializer.instancesCreated()).isEqualTo(1);
    }

    private Callable<List<Object[]>> roundTrips(int thread, CountDownLatch start) {
        return () -> {
            start.await();
            List<Object[]> pairs = new ArrayList<>();
            for (int call = 0; call < CALLS_PER_THREAD; call++) {
                Object[] written = arguments(thread, call);
                pairs.add(new Object[]{written, serializer.deserialize(serializer.serialize(written), Object[].class)});
            }
            return pairs;
        };
    }

    private static Object[] arguments(int thread, int call) {
        Money price = new Money(BigDecimal.valueOf(call, 2), Currency.getInstance("EUR"));
        OrderLine line = new OrderLine("T" + thread + "-" + call, call, price, OrderStatus.values()[call % 3], List.of("t" + thread));
        return new Object[]{"xid-" + thread + "-" + call, line, Map.of("thread", thread, "call", call), new byte[]{(byte) call}};
    }
}
