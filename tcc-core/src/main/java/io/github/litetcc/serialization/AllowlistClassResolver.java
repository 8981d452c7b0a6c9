package io.github.litetcc.serialization;

import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ClosureSerializer;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.DisallowedClassException;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Proxy;

/**
 * Kryo's class resolver with the allowlist in the two places every class passes: a class name read
 * from a payload is checked before any class is loaded, and a class is checked before Kryo makes its
 * first serializer for it (on write, and on read after loading). Classes Kryo cannot handle on
 * Java 17 (exceptions, lambdas, proxies, JDK classes without a dedicated serializer) are refused
 * with a message that says so, instead of Kryo's {@link InaccessibleObjectException}.
 */
final class AllowlistClassResolver extends DefaultClassResolver {
    private final ClassAllowlist allowlist;

    AllowlistClassResolver(ClassAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Registration writeClass(Output output, Class type) {
        if (type != null && getRegistration(type) == null) {
            requireHandled(type);
        }
        return super.writeClass(output, type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Registration registerImplicit(Class type) {
        allowlist.requireAllowed(type.getName());
        requireHandled(type);
        return register(new Registration(type, serializerFor(type), NAME));
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected Class getTypeByName(String className) {
        Class known = super.getTypeByName(className);
        if (known != null) {
            return known;
        }
        if (!ClassNames.isWellFormed(className)) {
            throw new CorruptRecordException("Payload names a malformed class '" + ClassNames.printable(className) + "'");
        }
        allowlist.requireAllowed(className);
        return null;
    }

    private Serializer<?> serializerFor(Class<?> type) {
        Serializer<?> serializer;
        try {
            serializer = kryo.getDefaultSerializer(type);
        } catch (InaccessibleObjectException e) {
            throw cannotHandle(type, "its fields are not accessible (" + e.getMessage() + "); open its package to this"
                    + " library or pass its data in an accessible class");
        }
        if (serializer instanceof FieldSerializer && ClassNames.isJdkPackage(ClassNames.packageOf(type.getName()))) {
            throw cannotHandle(type, "it is a JDK class without a dedicated serializer, and Java 17 keeps its fields"
                    + " closed; pass its value in an allowed type (a String, a number, a record) instead");
        }
        return serializer;
    }

    private static void requireHandled(Class<?> type) {
        if (Throwable.class.isAssignableFrom(type)) {
            throw cannotHandle(type, "exceptions are not serializable on Java 17; pass a message or an error code instead");
        }
        if (type.isHidden() || type == ClosureSerializer.Closure.class || type.getName().contains("$$Lambda")) {
            throw cannotHandle(type, "lambdas and hidden classes are not serializable; pass data, not behaviour");
        }
        if (Proxy.isProxyClass(type)) {
            throw cannotHandle(type, "dynamic proxies are not serializable; pass the data behind the proxy");
        }
    }

    private static DisallowedClassException cannotHandle(Class<?> type, String reason) {
        return new DisallowedClassException("Class " + type.getName() + " cannot be serialized: " + reason);
    }
}
