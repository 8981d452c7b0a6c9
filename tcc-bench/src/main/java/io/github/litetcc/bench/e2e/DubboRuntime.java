package io.github.litetcc.bench.e2e;

import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One Dubbo node of the harness: its own framework model (so two nodes can share a JVM in the test), no registry,
 * the dubbo protocol on a loopback port when it exports anything, QoS off, references by direct URL.
 */
final class DubboRuntime implements AutoCloseable {
    static final String LOOPBACK = "127.0.0.1";
    private final FrameworkModel framework = new FrameworkModel();
    private final DubboBootstrap bootstrap = DubboBootstrap.newInstance(framework);
    private boolean started;

    /** @param port the port to export on, or 0 for a node that only calls */
    DubboRuntime(String name, int port) {
        ApplicationConfig application = new ApplicationConfig(name);
        application.setQosEnable(false);
        bootstrap.application(application).registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE));
        if (port > 0) {
            ProtocolConfig protocol = new ProtocolConfig("dubbo", port);
            protocol.setHost(LOOPBACK);
            protocol.setThreads(200);
            bootstrap.protocol(protocol);
        }
    }

    ApplicationModel application() {
        return bootstrap.getApplicationModel();
    }

    /** Exports {@code implementation} as {@code type}: at start, or at once when the node has started. */
    <T> void export(Class<T> type, T implementation) {
        ServiceConfig<T> service = new ServiceConfig<>();
        service.setInterface(type);
        service.setRef(implementation);
        bootstrap.service(service);
        if (started) {
            service.export();
        }
    }

    /** A reference to {@code type} on the loopback {@code port}: no retries, so a failure is seen as it happened. */
    <T> T reference(Class<T> type, int port, int timeoutMillis) {
        ReferenceConfig<T> reference = new ReferenceConfig<>();
        reference.setInterface(type);
        reference.setUrl(url(port));
        reference.setCheck(false);
        reference.setTimeout(timeoutMillis);
        reference.setRetries(0);
        bootstrap.reference(reference);
        return reference.get();
    }

    void start() {
        bootstrap.start();
        started = true;
    }

    @Override
    public void close() {
        try {
            bootstrap.destroy();
        } finally {
            framework.destroy();
        }
    }

    static String url(int port) {
        return "dubbo://" + LOOPBACK + ":" + port;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
