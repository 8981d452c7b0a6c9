package io.github.litetcc;

import io.github.litetcc.config.TccConfig;
import io.github.litetcc.coordinator.BranchInvokers;
import io.github.litetcc.coordinator.InboundPhaseTwo;
import io.github.litetcc.coordinator.Listeners;
import io.github.litetcc.coordinator.PhaseTwoDriver;
import io.github.litetcc.coordinator.TccCoordinator;
import io.github.litetcc.coordinator.TccProxy;
import io.github.litetcc.participant.LocalBranchInvoker;
import io.github.litetcc.participant.Participant;
import io.github.litetcc.participant.ParticipantRegistry;
import io.github.litetcc.participant.ParticipantScanner;
import io.github.litetcc.recovery.TransactionOperations;
import io.github.litetcc.recovery.TransactionRecovery;
import io.github.litetcc.spi.BranchInvoker;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spi.Serializer;
import io.github.litetcc.spi.TransactionListener;
import io.github.litetcc.spi.TransactionRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * LiteTCC assembled in plain Java: the coordinator, the participant registry, recovery and the operator
 * actions over one repository and serializer.
 *
 * <pre>{@code
 * LiteTcc tcc = LiteTcc.builder()
 *         .repository(new InMemoryTransactionRepository())
 *         .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("com.acme"))))
 *         .build();
 * Inventory inventory = tcc.proxy(Inventory.class, new InventoryService(), "inventory", fence);
 * }</pre>
 * Closing it shuts the coordinator down gracefully (see {@link TccCoordinator#shutdown()}).
 */
public final class LiteTcc implements AutoCloseable {
    private final TccConfig config;
    private final TransactionRepository repository;
    private final Serializer serializer;
    private final ParticipantRegistry registry;
    private final TccCoordinator coordinator;
    private final TransactionRecovery recovery;
    private final TransactionOperations operations;
    private final InboundPhaseTwo inboundPhaseTwo;
    private final List<ExecutorService> pools;

    private LiteTcc(Builder builder) {
        this.config = builder.config;
        this.repository = Objects.requireNonNull(builder.repository, "a repository is required: builder().repository(...)");
        this.serializer = Objects.requireNonNull(builder.serializer, "a serializer is required: builder().serializer(...)");
        this.registry = builder.registry;
        List<BranchInvoker> invokers = new ArrayList<>(builder.invokers);
        invokers.add(new LocalBranchInvoker(registry, serializer));
        Listeners listeners = new Listeners(builder.listeners);
        ExecutorService confirmPool = Pools.bounded("tcc-confirm", config.phaseTwo().parallelism());
        ExecutorService asyncPool = Pools.bounded("tcc-phase-two", config.phaseTwo().parallelism());
        ExecutorService recoveryPool = Pools.bounded("tcc-recovery", config.recovery().parallelism());
        this.pools = List.of(confirmPool, asyncPool, recoveryPool);
        PhaseTwoDriver driver = new PhaseTwoDriver(repository, new BranchInvokers(invokers), confirmPool, config.recovery(), listeners,
                builder.clock);
        this.coordinator = TccCoordinator.create(config, builder.clock, repository, serializer, driver, listeners, asyncPool);
        this.recovery = new TransactionRecovery(repository, driver, config.recovery(), config.nodeId(), listeners, recoveryPool);
        this.operations = new TransactionOperations(repository, config.recovery());
        this.inboundPhaseTwo = new InboundPhaseTwo(registry, serializer, repository, driver, builder.clock, config.nodeId(),
                config.phaseTwo().lease(), config.recovery().grace());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Registers every {@link io.github.litetcc.annotation.Tcc} method of {@code target} under {@code beanName}
     * (guarded by {@code fence}, or unfenced for {@code null}) and returns a proxy of {@code type} that runs them as TCC tries.
     */
    public <T> T proxy(Class<T> type, T target, String beanName, Fence fence) {
        List<Participant> participants = register(beanName, target, fence);
        return TccProxy.create(type, target, participants, coordinator);
    }

    /** Registers every {@link io.github.litetcc.annotation.Tcc} method of {@code target} under {@code beanName}. */
    public List<Participant> register(String beanName, Object target, Fence fence) {
        List<Participant> participants = ParticipantScanner.scan(beanName, target, target.getClass(), fence);
        if (participants.isEmpty()) {
            throw new ParticipantDefinitionException("Bean '" + beanName + "' (" + target.getClass().getName() + ") has no @Tcc method");
        }
        participants.forEach(participant -> registry.registerWithInterfaces(participant, target.getClass()));
        if (fence == null) {
            org.slf4j.LoggerFactory.getLogger(LiteTcc.class).info("Participant bean '{}' runs without a fence: its confirm and cancel"
                    + " may run more than once, a cancel may arrive for a try that never ran, and a try may arrive after its cancel;"
                    + " it must handle all three itself", beanName);
        }
        return participants;
    }

    public TccCoordinator coordinator() {
        return coordinator;
    }

    public ParticipantRegistry participants() {
        return registry;
    }

    public TransactionRecovery recovery() {
        return recovery;
    }

    /** Serves the confirms and cancels a transport receives for this node's remote participants. */
    public InboundPhaseTwo inboundPhaseTwo() {
        return inboundPhaseTwo;
    }

    public TransactionOperations operations() {
        return operations;
    }

    public TransactionRepository repository() {
        return repository;
    }

    public Serializer serializer() {
        return serializer;
    }

    public TccConfig config() {
        return config;
    }

    @Override
    public void close() {
        coordinator.shutdown();
        pools.forEach(ExecutorService::shutdown);
    }

    /**
     * Builds a {@link LiteTcc}. The repository and the serializer are required and have no default;
     * everything else has one. A missing or {@code null} part throws {@link TccConfigurationException}
     * naming it and what to pass.
     */
    public static final class Builder {
        private TccConfig config = TccConfig.DEFAULT;
        private TransactionRepository repository;
        private Serializer serializer;
        private Clock clock = Clock.systemUTC();
        private ParticipantRegistry registry = new ParticipantRegistry();
        private final List<TransactionListener> listeners = new ArrayList<>();
        private final List<BranchInvoker> invokers = new ArrayList<>();

        public Builder config(TccConfig value) {
            this.config = required(value, "config");
            return this;
        }

        public Builder repository(TransactionRepository value) {
            this.repository = required(value, "repository");
            return this;
        }

        /**
         * The serializer of try arguments and contexts; required, there is no default. Usually
         * {@code new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("com.acme")))}
         * with the packages of the argument classes.
         */
        public Builder serializer(Serializer value) {
            this.serializer = required(value, "serializer");
            return this;
        }

        /** The clock for deadlines on this node (tests pass a controllable one). */
        public Builder clock(Clock value) {
            this.clock = required(value, "clock");
            return this;
        }

        /** A registry shared with other components (the Dubbo provider filter, say). */
        public Builder registry(ParticipantRegistry value) {
            this.registry = required(value, "registry");
            return this;
        }

        public Builder listener(TransactionListener value) {
            listeners.add(required(value, "listener"));
            return this;
        }

        /** An invoker for other kinds of branch (e.g. remote ones); local branches are always served. */
        public Builder invoker(BranchInvoker value) {
            invokers.add(required(value, "invoker"));
            return this;
        }

        /** Assembles LiteTcc; throws {@link TccConfigurationException} if the repository or the serializer was not given. */
        public LiteTcc build() {
            if (repository == null) {
                throw new TccConfigurationException("LiteTcc needs a transaction repository: call builder().repository(...)"
                        + " with e.g. new InMemoryTransactionRepository() or a JDBC or Redis one");
            }
            if (serializer == null) {
                throw new TccConfigurationException("LiteTcc needs a serializer: call builder().serializer(...) with e.g."
                        + " new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(...)); there is no default");
            }
            return new LiteTcc(this);
        }

        private static <T> T required(T value, String part) {
            if (value == null) {
                throw new TccConfigurationException("LiteTcc.builder()." + part + "(...) was given null: pass a " + part);
            }
            return value;
        }
    }
}
