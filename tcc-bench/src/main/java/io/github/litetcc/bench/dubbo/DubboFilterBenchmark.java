package io.github.litetcc.bench.dubbo;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/**
 * What LiteTCC's Dubbo filters cost, over real loopback Dubbo calls in one JVM (two Dubbo models): a plain call
 * with and without the filters on its path (what an application pays on calls that are no TCC branch), and a
 * 2-branch transaction (two remote tries, then two remote confirms by generic invocation, in-memory log, no fence)
 * beside the same 2 and 4 plain calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DubboFilterBenchmark {
    private DubboNodes nodes;
    private PingService plain;
    private PingService filtered;
    private PingOrders orders;

    @Setup(Level.Trial)
    public void start() {
        nodes = new DubboNodes();
        plain = nodes.reference(false);
        filtered = nodes.reference(true);
        orders = nodes.starter(filtered);
    }

    @TearDown(Level.Trial)
    public void stop() {
        long tries = nodes.participant.tries.sum();
        long confirms = nodes.participant.confirms.sum();
        long unfinished = nodes.unfinished();
        nodes.close();
        if (confirms != tries || unfinished != 0) {
            throw new IllegalStateException("check FAILED: " + tries + " tries, " + confirms + " confirms, " + unfinished + " unfinished");
        }
    }

    @Benchmark
    public String plainCallWithoutFilters() {
        return plain.ping("order-1");
    }

    @Benchmark
    public String plainCallThroughFilters() {
        return filtered.ping("order-1");
    }

    @Benchmark
    public String twoPlainCalls() {
        plain.ping("order-1");
        return plain.ping("order-1");
    }

    @Benchmark
    public String fourPlainCalls() {
        plain.ping("order-1");
        plain.ping("order-1");
        plain.ping("order-1");
        return plain.ping("order-1");
    }

    @Benchmark
    public String transactionOfTwoRemoteBranches() {
        return orders.placeTwo("order-1");
    }
}
