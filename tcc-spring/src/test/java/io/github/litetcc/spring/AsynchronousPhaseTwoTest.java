package io.github.litetcc.spring;

import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.OrderStarter;
import io.github.litetcc.spring.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = {ShopApplication.class, AsynchronousPhaseTwoTest.ContextProbe.class},
        // the pool's thread also writes the finish (not the background writer), so the probe sees what phase 2 left there
        properties = {"tcc.phase-two.asynchronous=true", "tcc.phase-two.parallelism=1", "tcc.phase-two.background-finish=false"})
class AsynchronousPhaseTwoTest {
    @Autowired
    OrderStarter orders;
    @Autowired
    Ledger ledger;
    @Autowired
    ContextProbe probe;

    @Test
    void phaseTwoRunsOnThePoolWithTheBranchesContextAndLeavesNoContextBehind() {
        for (int i = 0; i < 3; i++) {
            orders.place("cup-" + i, "erin-" + i);
            assertThat(TransactionContextHolder.current()).isEmpty();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> probe.finished.size() == 3);
        for (int i = 0; i < 3; i++) {
            Ledger.Entry sell = ledger.find("sell cup-" + i);
            assertThat(sell.thread()).isNotEqualTo(Thread.currentThread().getName());
            assertThat(sell.context().phase()).isEqualTo(Phase.CONFIRM);
            assertThat(sell.context().xid()).isEqualTo(ledger.find("reserve cup-" + i).context().xid());
        }
        assertThat(probe.finished).allSatisfy(seen -> {
            assertThat(seen.thread()).startsWith("tcc-phase-two");
            assertThat(seen.contextBound()).isFalse();
        });
    }

    /** Records, on the thread that finished each transaction, whether a transaction context was still bound there. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ContextProbe implements TransactionListener {
        final List<Seen> finished = new CopyOnWriteArrayList<>();

        @Override
        public void finished(TransactionKey key, TransactionStatus outcome, long durationMillis) {
            finished.add(new Seen(Thread.currentThread().getName(), TransactionContextHolder.current().isPresent()));
        }

        record Seen(String thread, boolean contextBound) {
        }
    }
}
