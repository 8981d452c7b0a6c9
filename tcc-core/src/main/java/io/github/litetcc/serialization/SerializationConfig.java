package io.github.litetcc.serialization;

import io.github.litetcc.TccConfigurationException;

import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Immutable configuration of {@link KryoSerializer}.
 *
 * <p>{@code allowedPackages} admits every class of those packages and their sub-packages (records,
 * enums and plain classes); {@code allowedClasses} admits single classes. Both add to the JDK value
 * types and collections that {@link ClassAllowlist} always admits. {@code maxPayloadBytes} bounds one
 * serialized value, header included. Every value is checked here: a bad one throws
 * {@link TccConfigurationException} naming the setting and the value.
 */
public record SerializationConfig(Set<String> allowedPackages, Set<Class<?>> allowedClasses, int maxPayloadBytes) {
    /** One mebibyte: the default {@link #maxPayloadBytes()}. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1 << 20;
    /** Smallest accepted {@link #maxPayloadBytes()}. */
    public static final int MIN_PAYLOAD_BYTES = 16;
    /** Largest accepted {@link #maxPayloadBytes()} (256 MiB). */
    public static final int MAX_PAYLOAD_BYTES = 256 << 20;
    /** Only the JDK types, payloads up to {@link #DEFAULT_MAX_PAYLOAD_BYTES}. */
    public static final SerializationConfig DEFAULT = new SerializationConfig(Set.of(), Set.of(), DEFAULT_MAX_PAYLOAD_BYTES);

    private static final Pattern PACKAGE_NAME = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)+");

    public SerializationConfig {
        allowedPackages = validPackages(allowedPackages);
        allowedClasses = validClasses(allowedClasses);
        if (maxPayloadBytes < MIN_PAYLOAD_BYTES || maxPayloadBytes > MAX_PAYLOAD_BYTES) {
            throw new TccConfigurationException("SerializationConfig.maxPayloadBytes must be between " + MIN_PAYLOAD_BYTES
                    + " and " + MAX_PAYLOAD_BYTES + ", was " + maxPayloadBytes);
        }
    }

    /** A copy that admits exactly these application packages (and their sub-packages). */
    public SerializationConfig withAllowedPackages(Set<String> packages) {
        return new SerializationConfig(packages, allowedClasses, maxPayloadBytes);
    }

    /** A copy that admits exactly these single classes, on top of the packages. */
    public SerializationConfig withAllowedClasses(Set<Class<?>> classes) {
        return new SerializationConfig(allowedPackages, classes, maxPayloadBytes);
    }

    /** A copy with another payload limit. */
    public SerializationConfig withMaxPayloadBytes(int bytes) {
        return new SerializationConfig(allowedPackages, allowedClasses, bytes);
    }

    private static Set<String> validPackages(Set<String> packages) {
        if (packages == null) {
            throw new TccConfigurationException("SerializationConfig.allowedPackages must not be null (use an empty set)");
        }
        for (String name : packages) {
            requireValidPackage(name);
        }
        return Set.copyOf(packages);
    }

    private static void requireValidPackage(String name) {
        String setting = "SerializationConfig.allowedPackages contains '" + name + "': ";
        if (name == null || !PACKAGE_NAME.matcher(name).matches()) {
            throw new TccConfigurationException(setting + "expected a package name of at least two segments such as"
                    + " 'com.acme.orders' (sub-packages are included, no wildcard)");
        }
        if (ClassNames.isJdkPackage(name) || ClassNames.JDK_PACKAGES.stream().anyMatch(jdk -> jdk.startsWith(name + "."))) {
            throw new TccConfigurationException(setting + "JDK packages cannot be allowed as a whole;"
                    + " list single JDK classes in SerializationConfig.allowedClasses");
        }
    }

    private static Set<Class<?>> validClasses(Set<Class<?>> classes) {
        if (classes == null) {
            throw new TccConfigurationException("SerializationConfig.allowedClasses must not be null (use an empty set)");
        }
        for (Class<?> type : classes) {
            requireValidClass(type);
        }
        return Set.copyOf(classes);
    }

    private static void requireValidClass(Class<?> type) {
        if (type == null) {
            throw new TccConfigurationException("SerializationConfig.allowedClasses contains null");
        }
        String setting = "SerializationConfig.allowedClasses contains " + type.getName() + ": ";
        if (type.isArray() || type.isPrimitive()) {
            throw new TccConfigurationException(setting + "list the element class; arrays of allowed classes and of"
                    + " primitives are allowed anyway");
        }
        if (!type.isEnum() && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
            throw new TccConfigurationException(setting + "an interface or abstract class admits nothing, the allowlist"
                    + " matches exact classes: list the concrete classes");
        }
        if (Throwable.class.isAssignableFrom(type)) {
            throw new TccConfigurationException(setting + "exceptions cannot be serialized on Java 17;"
                    + " pass a message or an error code instead");
        }
    }
}
