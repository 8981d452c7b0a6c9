package io.github.litetcc.spring.boot;

import io.github.litetcc.TccConfigurationException;
import io.github.litetcc.serialization.SerializationConfig;

import java.util.List;
import java.util.Set;

/**
 * What may be serialized into the log and the fence ({@code tcc.serializer.*}); unset values keep
 * {@link SerializationConfig#DEFAULT}, except that the allowed packages default to the application's own packages
 * (those of its {@code @SpringBootApplication} class).
 *
 * @param allowedPackages Packages (with their sub-packages) whose classes try arguments and handed-over values may use.
 * @param allowedClasses  Single further classes allowed.
 * @param maxPayloadBytes The largest serialized value, in bytes.
 */
public record SerializerProperties(Set<String> allowedPackages, Set<Class<?>> allowedClasses, Integer maxPayloadBytes) {
    static final SerializerProperties NONE = new SerializerProperties(null, null, null);

    /**
     * The serializer's configuration.
     *
     * @param applicationPackages Used when no allowed packages are set.
     * @throws TccConfigurationException naming the {@code tcc.serializer.*} setting that is wrong
     */
    SerializationConfig toConfig(List<String> applicationPackages) {
        try {
            SerializationConfig config = SerializationConfig.DEFAULT
                    .withAllowedPackages(allowedPackages != null ? allowedPackages : Set.copyOf(applicationPackages));
            config = Overrides.apply(config, allowedClasses, SerializationConfig::withAllowedClasses);
            return Overrides.apply(config, maxPayloadBytes, SerializationConfig::withMaxPayloadBytes);
        } catch (TccConfigurationException e) {
            String setting = allowedPackages == null && e.getMessage().contains("allowedPackages")
                    ? "the application's packages " + applicationPackages + " (set tcc.serializer.allowed-packages instead)"
                    : "tcc.serializer.*";
            throw new TccConfigurationException("Invalid serializer setting in " + setting + ": " + e.getMessage(), e);
        }
    }
}
