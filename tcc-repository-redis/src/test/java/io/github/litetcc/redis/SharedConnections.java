package io.github.litetcc.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One connection and one random key namespace per test class, for suites that build a fresh repository or
 * fence per test: opened on first use; as a JUnit extension ({@code @ExtendWith(SharedConnections.class)}),
 * it deletes the namespace's keys and closes the connection after the class's last test.
 */
public final class SharedConnections implements AfterAllCallback {
    /** A test class's connection and namespace. */
    public record Shared(RedisConnection connection, String namespace) {
    }

    private static final Map<Class<?>, Shared> OPEN = new ConcurrentHashMap<>();

    @Override
    public void afterAll(ExtensionContext context) {
        release(context.getRequiredTestClass());
    }

    public static Shared of(Class<?> testClass, Supplier<RedisTarget> target) {
        return OPEN.computeIfAbsent(testClass, c -> new Shared(target.get().connect(), TestNamespace.random()));
    }

    /** Deletes every key the class wrote and closes its connection. */
    public static void release(Class<?> testClass) {
        Shared shared = OPEN.remove(testClass);
        if (shared != null) {
            try {
                TestNamespace.delete(shared.connection(), shared.namespace());
            } finally {
                shared.connection().close();
            }
        }
    }
}
