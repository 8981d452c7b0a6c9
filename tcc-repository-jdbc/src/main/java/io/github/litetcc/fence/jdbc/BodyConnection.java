package io.github.litetcc.fence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * The view of the fence's connection that the business body gets: everything passes through, except the calls
 * that would end or split the fence's transaction — {@code commit()}, {@code rollback()} without a savepoint,
 * {@code setAutoCommit}, {@code setTransactionIsolation} and {@code abort} throw {@link IllegalStateException} —
 * and {@code close()}, which does nothing (the fence closes the connection).
 */
final class BodyConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "setAutoCommit", "setTransactionIsolation", "abort");
    private final Connection target;

    private BodyConnection(Connection target) {
        this.target = target;
    }

    static Connection guard(Connection target) {
        return (Connection) Proxy.newProxyInstance(BodyConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new BodyConnection(target));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (REFUSED.contains(name) || (name.equals("rollback") && method.getParameterCount() == 0)) {
            throw new IllegalStateException("A fenced body must not call Connection." + name
                    + ": the fence commits or rolls back its transaction with the fence row");
        }
        if (name.equals("close") && method.getParameterCount() == 0) {
            return null;
        }
        if (name.equals("equals") && method.getParameterCount() == 1) {
            return proxy == args[0];
        }
        if (name.equals("hashCode") && method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
