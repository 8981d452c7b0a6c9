package io.github.litetcc.bench;

import io.github.litetcc.fence.memory.InMemoryFence;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.FenceRequest;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Where a transaction's time goes: serializing a branch's arguments, the log writes, the fence. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CostBreakdownBenchmark {
    private static final ParticipantId ACCOUNT = new ParticipantId("account", "reserve",
            List.of("java.lang.String", "int", "java.math.BigDecimal"));

    private KryoSerializer kryo;
    private Object[] arguments;
    private Branch branch;
    private InMemoryTransactionRepository repository;
    private InMemoryFence fence;

    @Setup(Level.Trial)
    public void start() {
        kryo = new KryoSerializer(SerializationConfig.DEFAULT);
        arguments = new Object[]{"order-000123", 2, new BigDecimal("19.99")};
        branch = Branch.local(BranchId.parse("1"), ACCOUNT, kryo.serialize(arguments));
        repository = new InMemoryTransactionRepository();
        fence = new InMemoryFence();
    }

    @TearDown(Level.Iteration)
    public void cleanFence() {
        while (fence.cleanUp(Duration.ZERO, 100_000) > 0) {
            Thread.onSpinWait();
        }
    }

    /** Kryo serialize + deserialize of a typical branch's try arguments. */
    @Benchmark
    public Object kryoArgumentsRoundTrip() {
        return kryo.deserialize(kryo.serialize(arguments), Object[].class);
    }

    /** Encoding + decoding a branch for the log. */
    @Benchmark
    public Object branchCodecRoundTrip() {
        return RecordCodec.decodeBranch(RecordCodec.encodeBranch(branch));
    }

    /** The log writes of a committed 2-branch transaction: create with the first branch, enlist, decision, finish. */
    @Benchmark
    public boolean logWritesOfTwoBranches() {
        TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));
        repository.create(new NewTransaction(key, Duration.ofSeconds(10), Duration.ofSeconds(5), "bench", branch));
        long version = repository.enlist(key, Branch.local(BranchId.parse("2"), ACCOUNT, branch.arguments()));
        repository.compareAndSet(key, version, new RecordUpdate(TransactionStatus.CONFIRMING, 1, Duration.ofSeconds(10), "bench", null));
        return repository.finish(key, version + 1, TransactionStatus.CONFIRMED);
    }

    /** One branch's fenced try and confirm (business work empty). */
    @Benchmark
    public Object fenceTryAndConfirm() throws Exception {
        Xid xid = Xid.generate(Instant.now());
        BranchId id = BranchId.parse("1");
        Instant deadline = Instant.now().plusMillis(200);
        fence.execute(new FenceRequest(xid, id, Phase.TRY, deadline), () -> null);
        return fence.execute(new FenceRequest(xid, id, Phase.CONFIRM, deadline), () -> null);
    }
}
