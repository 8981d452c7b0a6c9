package io.github.litetcc.context;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionContextHolderTest {
    private final TransactionContext outer = TransactionContext.of(Xid.generate(Instant.now()), BranchId.ROOT, Phase.TRY, Instant.now());
    private final TransactionContext inner = outer.as(BranchId.parse("2"), Phase.TRY);

    @Test
    void closingAScopeRestoresThePreviousContext() {
        try (TransactionContextHolder.Scope a = TransactionContextHolder.open(outer)) {
            try (TransactionContextHolder.Scope b = TransactionContextHolder.open(inner)) {
                assertThat(TransactionContextHolder.current()).contains(inner);
            }
            assertThat(TransactionContextHolder.current()).contains(outer);
            assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isEqualTo(outer.xid().toString());
        }
        assertThat(TransactionContextHolder.current()).isEmpty();
        assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isNull();
    }

    @Test
    void closingAScopeRestoresTheXidThatWasInTheMdcBeforeIt() {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(TransactionContextHolder.MDC_KEY, "put-by-recovery")) {
            try (TransactionContextHolder.Scope a = TransactionContextHolder.open(inner)) {
                assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isEqualTo(inner.xid().toString());
            }
            assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isEqualTo("put-by-recovery");
            try (TransactionContextHolder.Scope cleared = TransactionContextHolder.open(null)) {
                assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isNull();
            }
            assertThat(MDC.get(TransactionContextHolder.MDC_KEY)).isEqualTo("put-by-recovery");
            assertThat(TransactionContextHolder.current()).isEmpty();
        }
    }

    @Test
    void wrappedWorkCarriesTheContextToAnotherThreadAndLeavesNothingBehind() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(outer)) {
            assertThat(pool.submit(TransactionContextHolder.wrap(() -> TransactionContextHolder.current())).get()).contains(outer);
        }
        assertThat(pool.submit(() -> TransactionContextHolder.current()).get()).isEmpty();
        pool.shutdown();
    }

    @Test
    void handOverIsOnlyAllowedInATry() {
        assertThatThrownBy(() -> BranchContext.handOver("x")).isInstanceOf(TccUsageException.class).hasMessageContaining("outside");
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(inner)) {
            BranchContext.handOver("reserved-7");
            assertThat(inner.handover().value()).isEqualTo("reserved-7");
        }
        TransactionContext confirm = inner.as(inner.branch(), Phase.CONFIRM);
        confirm.handover().set("reserved-7");
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(confirm)) {
            assertThat(BranchContext.handedOver(String.class)).contains("reserved-7");
            assertThat(BranchContext.handedOver(Integer.class)).isEmpty();
            assertThatThrownBy(() -> BranchContext.handOver("late")).isInstanceOf(TccUsageException.class);
        }
    }
}
