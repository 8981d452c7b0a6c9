package io.github.litetcc.dubbo;

import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.ReferenceConfigBase;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.ModuleModel;
import org.apache.dubbo.rpc.service.GenericService;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generic references to remote participants, one per interface, group and version, made on first use and kept:
 * phase 2 needs no compiled reference. The URL is the configured direct URL, else that of the application's own
 * reference to the same service, else none (the application's registry finds the providers). Thread-safe.
 */
final class GenericReferences implements AutoCloseable {
    private final ApplicationModel application;
    private final TccDubboConfig config;
    private final Map<Service, ReferenceConfig<GenericService>> references = new ConcurrentHashMap<>();

    GenericReferences(ApplicationModel application, TccDubboConfig config) {
        this.application = application;
        this.config = config;
    }

    GenericService get(String interfaceName, String group, String version) {
        return references.computeIfAbsent(new Service(interfaceName, group, version), this::create).get();
    }

    /**
     * Drops the reference after a call failed below the application (no provider reachable, connection lost): the
     * next call makes a new one, so a provider restarted at a direct URL is found again without a registry.
     */
    void evict(String interfaceName, String group, String version) {
        ReferenceConfig<GenericService> dropped = references.remove(new Service(interfaceName, group, version));
        if (dropped != null) {
            dropped.destroy();
        }
    }

    private ReferenceConfig<GenericService> create(Service service) {
        ModuleModel module = application.getDefaultModule();
        ReferenceConfig<GenericService> reference = new ReferenceConfig<>(module);
        reference.setInterface(service.interfaceName());
        reference.setGeneric("true");
        reference.setGroup(service.group());
        reference.setVersion(service.version());
        reference.setCheck(false);
        reference.setRetries(0);
        reference.setTimeout((int) config.callTimeout().toMillis());
        String url = config.directUrls().getOrDefault(service.interfaceName(), urlOfOwnReference(service));
        if (url != null) {
            reference.setUrl(url);
        }
        return reference;
    }

    private String urlOfOwnReference(Service service) {
        for (ModuleModel module : application.getModuleModels()) {
            for (ReferenceConfigBase<?> existing : module.getConfigManager().getReferences()) {
                if (service.interfaceName().equals(existing.getInterface()) && Objects.equals(service.group(), blankToNull(existing.getGroup()))
                        && Objects.equals(service.version(), blankToNull(existing.getVersion())) && existing.getUrl() != null) {
                    return existing.getUrl();
                }
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void close() {
        references.values().forEach(ReferenceConfig::destroy);
        references.clear();
    }

    private record Service(String interfaceName, String group, String version) {
    }
}
