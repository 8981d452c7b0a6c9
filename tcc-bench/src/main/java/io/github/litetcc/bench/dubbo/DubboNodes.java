package io.github.litetcc.bench.dubbo;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.dubbo.DubboBranchInvoker;
import io.github.litetcc.dubbo.TccDubbo;
import io.github.litetcc.dubbo.TccDubboConfig;
import io.github.litetcc.repository.memory.InMemoryTransactionRepository;
import io.github.litetcc.serialization.KryoSerializer;
import io.github.litetcc.serialization.SerializationConfig;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;

/**
 * A provider and a consumer in one JVM, each with its own Dubbo model and LiteTCC (in-memory log), the provider
 * exporting the ping service twice: in group {@code tcc} behind LiteTCC's filters, in group {@code plain} without.
 */
final class DubboNodes implements AutoCloseable {
    final PingParticipant participant = new PingParticipant();
    private final FrameworkModel providerModel = new FrameworkModel();
    private final FrameworkModel consumerModel = new FrameworkModel();
    private final LiteTcc providerTcc;
    private final LiteTcc consumerTcc;
    private final DubboBootstrap consumer;
    private final int port = freePort();

    DubboNodes() {
        DubboBootstrap provider = DubboBootstrap.newInstance(providerModel);
        provider.application(application("bench-provider")).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE));
        ProtocolConfig protocol = new ProtocolConfig("dubbo", port);
        protocol.setHost("127.0.0.1");
        provider.protocol(protocol);
        providerTcc = engine("bench-provider", new DubboBranchInvoker(provider.getApplicationModel(), TccDubboConfig.DEFAULT));
        TccDubbo.install(provider.getApplicationModel(), providerTcc);
        PingService proxied = providerTcc.proxy(PingService.class, participant, "ping", null);
        provider.service(service(proxied, "tcc", null)).service(service(participant, "plain", "-litetcc")).start();

        consumer = DubboBootstrap.newInstance(consumerModel);
        consumer.application(application("bench-consumer")).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE)).start();
        consumerTcc = engine("bench-consumer", new DubboBranchInvoker(consumer.getApplicationModel(),
                TccDubboConfig.DEFAULT.withDirectUrl(PingService.class.getName(), "dubbo://127.0.0.1:" + port)));
        TccDubbo.install(consumer.getApplicationModel(), consumerTcc);
    }

    /** A reference to group {@code tcc} through LiteTCC's consumer filter, or to group {@code plain} without it. */
    PingService reference(boolean throughLiteTcc) {
        ReferenceConfig<PingService> reference = new ReferenceConfig<>();
        reference.setInterface(PingService.class);
        reference.setGroup(throughLiteTcc ? "tcc" : "plain");
        reference.setUrl("dubbo://127.0.0.1:" + port);
        reference.setCheck(false);
        reference.setRetries(0);
        reference.setTimeout(5000);
        if (!throughLiteTcc) {
            reference.setFilter("-litetcc");
        }
        consumer.reference(reference);
        return reference.get();
    }

    PingOrders starter(PingService remote) {
        return consumerTcc.proxy(PingOrders.class, new PingStarter(remote), "orders", null);
    }

    long unfinished() {
        return consumerTcc.operations().list(io.github.litetcc.spi.TransactionQuery.unfinished(10)).items().size();
    }

    @Override
    public void close() {
        consumerTcc.close();
        providerTcc.close();
        consumerModel.destroy();
        providerModel.destroy();
    }

    private static LiteTcc engine(String name, DubboBranchInvoker invoker) {
        return LiteTcc.builder().config(io.github.litetcc.config.TccConfig.DEFAULT.withNodeId(name))
                .repository(new InMemoryTransactionRepository())
                .serializer(new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(Set.of("io.github.litetcc.bench"))))
                .invoker(invoker).build();
    }

    private static ApplicationConfig application(String name) {
        ApplicationConfig application = new ApplicationConfig(name);
        application.setQosEnable(false);
        return application;
    }

    private static <T> ServiceConfig<PingService> service(PingService target, String group, String filter) {
        ServiceConfig<PingService> service = new ServiceConfig<>();
        service.setInterface(PingService.class);
        service.setRef(target);
        service.setGroup(group);
        if (filter != null) {
            service.setFilter(filter);
        }
        return service;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
