package io.github.litetcc.bench.spring;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.bench.Checkout;
import io.github.litetcc.bench.CheckoutStarter;
import io.github.litetcc.bench.CountingParticipant;
import io.github.litetcc.bench.Reservation;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spring.boot.TccAutoConfiguration;
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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Spring layer's cost: the same unfenced 2-branch transaction (three {@code @Tcc} calls: the starter and
 * two participants) through the Spring aspect and through the core's plain-Java proxies, on the in-memory log.
 * The difference divided by three is the aspect's overhead per intercepted call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AspectBenchmark {
    private ConfigurableApplicationContext spring;
    private Checkout throughTheAspect;
    private LiteTcc core;
    private Checkout throughCoreProxies;
    private long sequence;

    @Setup(Level.Trial)
    public void start() {
        spring = new SpringApplicationBuilder(SpringShop.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("tcc.repository.type=memory", "tcc.node-id=bench", "tcc.serializer.allowed-packages=io.github.litetcc.bench",
                        "tcc.recovery.interval=1h", "logging.level.root=warn")
                .run();
        throughTheAspect = spring.getBean("checkout", Checkout.class);
        core = LiteTcc.builder().config(TccConfig.DEFAULT.withNodeId("bench"))
                .repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench"))))
                .build();
        Reservation account = core.proxy(Reservation.class, new CountingParticipant(), "account", null);
        Reservation inventory = core.proxy(Reservation.class, new CountingParticipant(), "inventory", null);
        throughCoreProxies = core.proxy(Checkout.class, new CheckoutStarter(account, inventory), "checkout", null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        spring.close();
        core.close();
    }

    @Benchmark
    public void commitThroughTheSpringAspect() {
        throughTheAspect.place("order-" + (++sequence), 1);
    }

    @Benchmark
    public void commitThroughCoreProxies() {
        throughCoreProxies.place("order-" + (++sequence), 1);
    }

    /** The Spring application of the benchmark: LiteTCC's auto-configuration and three beans. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({AopAutoConfiguration.class, TccAutoConfiguration.class})
    public static class SpringShop {

        @Bean
        public CountingParticipant account() {
            return new CountingParticipant();
        }

        @Bean
        public CountingParticipant inventory() {
            return new CountingParticipant();
        }

        @Bean
        public CheckoutStarter checkout(Reservation account, Reservation inventory) {
            return new CheckoutStarter(account, inventory);
        }
    }
}
