package io.github.litetcc.recovery;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A backlog larger than one batch drains in one call of {@code catchUp()}, not one batch per interval. */
class CatchUpTest {

    /** A participant whose confirms are counted. */
    public interface Stock {
        void reserve(String item);
    }

    /** Counts confirms. */
    public static final class CountingStock implements Stock {
        final AtomicInteger confirms = new AtomicInteger();

        @Override
        @Tcc(confirm = "sell", cancel = "release")
        public void reserve(String item) {
        }

        public void sell(String item) {
            confirms.incrementAndGet();
        }

        public void release(String item) {
        }
    }

    @Test
    void aBacklogOfSeveralBatchesIsFinishedByOneCatchUpAndOnePassTakesOneBatch() throws Exception {
        InMemoryTransactionRepository repository = new InMemoryTransactionRepository();
        TccConfig config = TccConfig.DEFAULT.withRecovery(RecoveryConfig.DEFAULT.withBatchSize(10).withInterval(Duration.ofMinutes(1)));
        CountingStock stock = new CountingStock();
        try (LiteTcc tcc = LiteTcc.builder().config(config).repository(repository)
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT)).build()) {
            tcc.proxy(Stock.class, stock, "stock", null);
            ParticipantId reserve = ParticipantId.of("stock", CountingStock.class.getMethod("reserve", String.class));
            for (int i = 0; i < 35; i++) {
                TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));
                Branch branch = Branch.local(BranchId.parse("1"), reserve, tcc.serializer().serialize(new Object[] {"item-" + i}));
                repository.create(new NewTransaction(key, Duration.ofSeconds(10), Duration.ZERO, "crashed-node", branch));
                repository.compareAndSet(key, 1, new RecordUpdate(TransactionStatus.CONFIRMING, 0, Duration.ZERO, null, null));
            }

            RecoveryReport onePass = tcc.recovery().runOnce();
            RecoveryReport rest = tcc.recovery().catchUp();

            assertThat(onePass.confirmed()).isEqualTo(10);
            assertThat(rest.confirmed()).isEqualTo(25);
            assertThat(stock.confirms.get()).isEqualTo(35);
            assertThat(repository.list(TransactionQuery.unfinished(50)).items()).isEmpty();
            assertThat(tcc.recovery().catchUp().isIdle()).isTrue();
        }
    }
}
