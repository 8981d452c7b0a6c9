package io.github.litetcc.dubbo;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.config.PhaseTwoConfig;
import io.github.litetcc.config.RecoveryConfig;
import io.github.litetcc.config.TccConfig;
import io.github.litetcc.fence.memory.InMemoryFence;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import io.github.litetcc.spi.TransactionRepository;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One LiteTCC node of the tests: its own Dubbo framework model (as a separate JVM would have), no registry, the
 * dubbo protocol on a free loopback port, an in-memory log (or a shared one) and LiteTCC installed in Dubbo.
 */
final class DubboNode implements AutoCloseable {
    final String name;
    final String protocolName;
    final int port;
    final FrameworkModel framework = new FrameworkModel();
    final DubboBootstrap bootstrap = DubboBootstrap.newInstance(framework);
    final TransactionRepository repository;
    final DubboBranchInvoker remoteInvoker;
    final LiteTcc tcc;
    private final List<ServiceConfig<?>> services = new ArrayList<>();

    DubboNode(String name, TransactionRepository repository, TccDubboConfig dubboConfig) {
        this(name, freePort(), repository, dubboConfig);
    }

    DubboNode(String name, int port, TransactionRepository repository, TccDubboConfig dubboConfig) {
        this(name, "dubbo", port, repository, dubboConfig);
    }

    DubboNode(String name, String protocolName, int port, TransactionRepository repository, TccDubboConfig dubboConfig) {
        this.name = name;
        this.protocolName = protocolName;
        this.port = port;
        this.repository = repository;
        ApplicationConfig application = new ApplicationConfig(name);
        application.setQosEnable(false);
        bootstrap.application(application).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE));
        ProtocolConfig protocol = new ProtocolConfig(protocolName, port);
        protocol.setHost("127.0.0.1");
        bootstrap.protocol(protocol);
        this.remoteInvoker = new DubboBranchInvoker(application(), dubboConfig);
        this.tcc = LiteTcc.builder()
                .config(TccConfig.DEFAULT.withNodeId(name)
                        .withPhaseTwo(PhaseTwoConfig.DEFAULT.withLease(Duration.ofMillis(300)))
                        .withRecovery(RecoveryConfig.DEFAULT.withGrace(Duration.ofMillis(100)).withLease(Duration.ofMillis(300))
                                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 0)))
                .repository(repository)
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.dubbo"))))
                .invoker(remoteInvoker)
                .build();
        TccDubbo.install(application(), tcc);
    }

    DubboNode(String name) {
        this(name, new InMemoryTransactionRepository(), TccDubboConfig.DEFAULT);
    }

    ApplicationModel application() {
        return bootstrap.getApplicationModel();
    }

    /** Exports {@code target} as a fenced participant {@code beanName}, behind LiteTCC's proxy. */
    <T> InMemoryFence export(Class<T> type, T target, String beanName, String... filters) {
        InMemoryFence fence = new InMemoryFence();
        exportAs(type, tcc.proxy(type, target, beanName, fence), filters);
        return fence;
    }

    /** Exports {@code service} as it is. */
    <T> void exportAs(Class<T> type, T proxy, String... filters) {
        ServiceConfig<T> service = new ServiceConfig<>();
        service.setInterface(type);
        service.setRef(proxy);
        if (filters.length > 0) {
            service.setFilter(String.join(",", filters));
        }
        services.add(service);
        bootstrap.service(service);
    }

    /** A compiled reference to {@code type} on {@code provider}, with one retry. */
    <T> T reference(Class<T> type, DubboNode provider) {
        return reference(type, provider.protocolName + "://127.0.0.1:" + provider.port);
    }

    /** A compiled reference to {@code type} on the loopback port {@code port}, with one retry. */
    <T> T reference(Class<T> type, int port) {
        return reference(type, "dubbo://127.0.0.1:" + port);
    }

    /** A compiled reference to {@code type} at {@code url}, with one retry. */
    <T> T reference(Class<T> type, String url) {
        return reference(type, url, reference -> { });
    }

    /** A compiled reference to {@code type} at {@code url}, with one retry, then whatever {@code settings} change. */
    <T> T reference(Class<T> type, String url, java.util.function.Consumer<ReferenceConfig<T>> settings) {
        ReferenceConfig<T> reference = new ReferenceConfig<>();
        reference.setInterface(type);
        reference.setUrl(url);
        reference.setCheck(false);
        reference.setTimeout(5000);
        reference.setRetries(1);
        settings.accept(reference);
        bootstrap.reference(reference);
        return reference.get();
    }

    DubboNode start() {
        bootstrap.start();
        return this;
    }

    @Override
    public void close() {
        try {
            tcc.close();
            remoteInvoker.close();
        } finally {
            bootstrap.destroy();
            framework.destroy();
        }
    }

    static int freePort() {
        return FreePorts.next();
    }
}
