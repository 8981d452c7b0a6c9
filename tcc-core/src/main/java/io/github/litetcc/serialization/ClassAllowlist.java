package io.github.litetcc.serialization;

import io.github.litetcc.DisallowedClassException;
import io.github.litetcc.TccConfigurationException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which classes {@link KryoSerializer} writes and reads. Immutable and thread-safe.
 *
 * <p>Always allowed: the JDK's value types ({@code String}, the boxed primitives, {@code BigDecimal},
 * {@code BigInteger}, {@code UUID}, {@code URI}, {@code Currency}, {@code Locale}, {@code Date},
 * {@code Optional}…), the {@code java.time} value types, the common collections ({@code ArrayList},
 * {@code LinkedList}, {@code ArrayDeque}, {@code HashMap}, {@code LinkedHashMap}, {@code TreeMap},
 * {@code HashSet}, {@code LinkedHashSet}, {@code TreeSet}, {@code ConcurrentHashMap}), the
 * immutable ones ({@code List.of}, {@code Set.of}, {@code Map.of}, {@code Stream.toList},
 * {@code Collections.empty*}, {@code singleton*} and {@code unmodifiable*}, {@code Arrays.asList}),
 * and arrays of primitives, of {@code Object} and of any allowed class. On top of these: every
 * class (record, enum or plain) in {@link SerializationConfig#allowedPackages()} or their
 * sub-packages, and each class of {@link SerializationConfig#allowedClasses()}.
 */
public final class ClassAllowlist {
    private final Set<String> packages;
    private final Set<String> classNames;

    private ClassAllowlist(Set<String> packages, Set<String> classNames) {
        this.packages = packages;
        this.classNames = classNames;
    }

    /** The allowlist that {@code config} describes. */
    public static ClassAllowlist from(SerializationConfig config) {
        if (config == null) {
            throw new TccConfigurationException("ClassAllowlist needs a SerializationConfig, was null");
        }
        return new ClassAllowlist(config.allowedPackages(),
                config.allowedClasses().stream().map(Class::getName).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the class of this binary name ({@link Class#getName()}, arrays included) may be serialized. */
    public boolean allows(String className) {
        if (className == null) {
            return false;
        }
        String element = ClassNames.elementOf(className);
        if (ClassNames.isArray(className) && (ClassNames.isPrimitive(element) || element.equals("java.lang.Object"))) {
            return true;
        }
        return JdkTypes.contains(element) || classNames.contains(element) || isInAllowedPackage(element);
    }

    /** Whether {@code type} may be serialized. */
    public boolean allows(Class<?> type) {
        return type != null && allows(type.getName());
    }

    /** Throws {@link DisallowedClassException} naming the class and the setting that would allow it, unless it is allowed. */
    public void requireAllowed(String className) {
        if (!allows(className)) {
            throw new DisallowedClassException(refusal(String.valueOf(className)));
        }
    }

    private boolean isInAllowedPackage(String className) {
        for (String name = ClassNames.packageOf(className); !name.isEmpty(); name = ClassNames.packageOf(name)) {
            if (packages.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String refusal(String className) {
        String element = ClassNames.elementOf(className);
        String subject = element.equals(className) ? className : className + " (an array of " + element + ")";
        String packageName = ClassNames.packageOf(element);
        boolean packageAllowable = !packageName.isEmpty() && !ClassNames.isJdkPackage(packageName);
        return "Class " + ClassNames.printable(subject) + " is not on the serialization allowlist: to allow it, add "
                + ClassNames.printable(element) + " to SerializationConfig.allowedClasses"
                + (packageAllowable ? ", or its package " + packageName + " to SerializationConfig.allowedPackages" : "");
    }
}
