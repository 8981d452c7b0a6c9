package io.github.litetcc.bench;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.fence.memory.InMemoryFence;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.Fence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The framework's own cost per two-branch transaction, commit path, on the in-memory repository and fence
 * (which store serialized copies, as a real store would), against the same business calls made by hand:
 * the two tries, then the two confirms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CoreTransactionBenchmark {

    /** Whether the participants are fenced. */
    @Param({"true", "false"})
    public boolean fenced;

    private LiteTcc tcc;
    private InMemoryFence fence;
    private Checkout withLiteTcc;
    private CountingParticipant plainAccount;
    private CountingParticipant plainInventory;
    private long sequence;

    @Setup(Level.Trial)
    public void start() {
        fence = new InMemoryFence();
        tcc = LiteTcc.builder()
                // the finish on the caller's thread, so the figure is all the work a transaction costs (in the background
                // it would run on the other core and drop out of the measured time)
                .config(TccConfig.DEFAULT.withNodeId("bench").withDefaultTimeout(Duration.ofMillis(500))
                        .withPhaseTwo(PhaseTwoConfig.DEFAULT.withBackgroundFinish(false)))
                .repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench"))))
                .build();
        Fence participantFence = fenced ? fence : null;
        Reservation account = tcc.proxy(Reservation.class, new CountingParticipant(), "account", participantFence);
        Reservation inventory = tcc.proxy(Reservation.class, new CountingParticipant(), "inventory", participantFence);
        withLiteTcc = tcc.proxy(Checkout.class, new CheckoutStarter(account, inventory), "checkout", null);
        plainAccount = new CountingParticipant();
        plainInventory = new CountingParticipant();
    }

    /** Keeps the fence table from growing without bound: rows past their (short) deadline are removed. */
    @TearDown(Level.Iteration)
    public void cleanFence() {
        while (fence.cleanUp(Duration.ZERO, 100_000) > 0) {
            Thread.onSpinWait();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        tcc.close();
    }

    @Benchmark
    public void commitWithLiteTcc() {
        withLiteTcc.place("order-" + (++sequence), 1);
    }

    @Benchmark
    public void sameCallsWithoutLiteTcc() {
        String order = "order-" + (++sequence);
        plainAccount.reserve(order, 1);
        plainInventory.reserve(order, 1);
        plainAccount.confirm(order, 1);
        plainInventory.confirm(order, 1);
    }
}
