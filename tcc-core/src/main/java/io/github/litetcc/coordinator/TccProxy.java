package io.github.litetcc.coordinator;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.participant.Participant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JDK proxy for plain-Java users (no Spring): calls to methods that carry {@link Tcc} on the target's class
 * go through the coordinator, every other call goes straight to the target.
 */
public final class TccProxy implements InvocationHandler {
    private final TccCoordinator coordinator;
    private final Object target;
    private final Map<Method, Participant> byInterfaceMethod = new ConcurrentHashMap<>();

    private TccProxy(TccCoordinator coordinator, Object target, Map<Method, Participant> participants) {
        this.coordinator = coordinator;
        this.target = target;
        this.byInterfaceMethod.putAll(participants);
    }

    /** A proxy implementing {@code type} around {@code target}, whose {@link Tcc} methods are the given participants. */
    public static <T> T create(Class<T> type, T target, Iterable<Participant> participants, TccCoordinator coordinator) {
        if (!type.isInterface()) {
            throw new TccUsageException(type.getName() + " is not an interface: a plain-Java TCC proxy implements an interface");
        }
        Map<Method, Participant> map = new ConcurrentHashMap<>();
        for (Participant participant : participants) {
            Method tryMethod = participant.tryMethod();
            try {
                map.put(type.getMethod(tryMethod.getName(), tryMethod.getParameterTypes()), participant);
            } catch (NoSuchMethodException e) {
                throw new TccUsageException("@Tcc method " + tryMethod.getName() + " of " + target.getClass().getName()
                        + " is not declared by " + type.getName() + ", so the proxy could never intercept it");
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, new TccProxy(coordinator, target, map));
        return type.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] arguments = args == null ? new Object[0] : args;
        Participant participant = byInterfaceMethod.get(method);
        if (participant == null) {
            return call(method, arguments);
        }
        long timeoutMillis = participant.tryMethod().getAnnotation(Tcc.class).timeoutMillis();
        return coordinator.execute(participant, arguments, timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : null,
                () -> call(method, arguments));
    }

    private Object call(Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
