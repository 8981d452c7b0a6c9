package io.github.litetcc.coordinator;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionListener;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The starter's decision and phase 2 run after its body's context closed: their log lines still carry the xid. */
class StarterLogContextTest {

    /** A participant whose try fails on demand. */
    public interface Stock {
        void reserve(String item);
    }

    /** The participant of this test. */
    public static final class StockParticipant implements Stock {
        @Override
        @Tcc(confirm = "sell", cancel = "release")
        public void reserve(String item) {
            if (item.startsWith("missing")) {
                throw new IllegalStateException("no " + item);
            }
        }

        public void sell(String item) {
        }

        public void release(String item) {
        }
    }

    /** The starter of this test. */
    public interface Orders {
        void place(String item);
    }

    /** Calls the participant from its body. */
    public static final class OrderStarter implements Orders {
        private final Stock stock;

        OrderStarter(Stock stock) {
            this.stock = stock;
        }

        @Override
        @Tcc
        public void place(String item) {
            stock.reserve(item);
        }
    }

    @Test
    void theDecisionAndPhaseTwoOfAStarterLogUnderItsXidAndLeaveTheCallersMdcAsItWas() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Map<TransactionKey, String> finishedUnder = new ConcurrentHashMap<>();
        TransactionListener listener = new TransactionListener() {
            @Override
            public void statusChanged(TransactionKey key, TransactionStatus from, TransactionStatus to) {
                seen.add(key.xid() + "=" + MDC.get(TransactionContextHolder.MDC_KEY));
            }

            @Override
            public void finished(TransactionKey key, TransactionStatus outcome, long durationMillis) {
                finishedUnder.put(key, String.valueOf(MDC.get(TransactionContextHolder.MDC_KEY)));
            }
        };
        try (LiteTcc tcc = LiteTcc.builder().repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT)).listener(listener).build()) {
            Stock stock = tcc.proxy(Stock.class, new StockParticipant(), "stock", null);
            Orders orders = tcc.proxy(Orders.class, new OrderStarter(stock), "orders", null);
            MDC.put(TransactionContextHolder.MDC_KEY, "caller");

            orders.place("book");
            assertThatThrownBy(() -> orders.place("missing-pen")).isInstanceOf(IllegalStateException.class);

            assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isEqualTo("caller");
        } finally {
            MDC.remove(TransactionContextHolder.MDC_KEY);
        }
        assertThat(seen).isNotEmpty().allSatisfy(entry -> assertThat(entry.split("=")[1]).isEqualTo(entry.split("=")[0]));
        assertThat(finishedUnder).hasSize(2).allSatisfy((key, xid) -> assertThat(xid).isEqualTo(key.xid().toString()));
    }
}
