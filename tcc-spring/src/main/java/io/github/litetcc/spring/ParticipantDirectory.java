package io.github.litetcc.spring;

import io.github.litetcc.TccUsageException;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.participant.Participant;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@link Participant} serves a {@code @Tcc} method of a given bean instance, as the aspect sees the call
 * (the target object and the invoked method, which for a JDK proxy is the interface's method). Filled at start-up
 * by {@link TccBeanRegistrar}; each lookup is cached, so a call costs one map read. Thread-safe.
 */
public final class ParticipantDirectory {
    private final Map<TargetMethod, Entry> entries = new ConcurrentHashMap<>();

    /** Records that {@code participant} serves calls of its try method on {@code target}. */
    public void register(Object target, Participant participant) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(participant, "participant");
        entries.put(new TargetMethod(target, participant.tryMethod()), Entry.of(participant));
    }

    /**
     * The entry for a call of {@code invoked} on {@code target}.
     *
     * @throws TccUsageException if the target was never registered (a prototype, a lazily created or an unmanaged bean)
     */
    public Entry require(Object target, Method invoked) {
        TargetMethod key = new TargetMethod(target, invoked);
        Entry entry = entries.get(key);
        if (entry != null) {
            return entry;
        }
        Method specific = BridgeMethodResolver.findBridgedMethod(AopUtils.getMostSpecificMethod(invoked, target.getClass()));
        entry = entries.get(new TargetMethod(target, specific));
        if (entry == null) {
            throw new TccUsageException("@Tcc method " + specific.getDeclaringClass().getName() + "." + specific.getName()
                    + " was called on an instance LiteTCC did not register at start-up; @Tcc beans must be singletons"
                    + " created by the Spring container (not 'new', not prototype-scoped)");
        }
        entries.putIfAbsent(key, entry);
        return entry;
    }

    /** A participant with what the aspect needs per call, computed once. */
    public record Entry(Participant participant, Duration timeout) {

        static Entry of(Participant participant) {
            long millis = participant.tryMethod().getAnnotation(Tcc.class).timeoutMillis();
            return new Entry(participant, millis > 0 ? Duration.ofMillis(millis) : null);
        }
    }

    /** A bean instance (by identity, never by its own {@code equals}) and a method. */
    private record TargetMethod(Object target, Method method) {

        @Override
        public boolean equals(Object other) {
            return other instanceof TargetMethod that && that.target == target && that.method.equals(method);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target) * 31 + method.hashCode();
        }
    }
}
