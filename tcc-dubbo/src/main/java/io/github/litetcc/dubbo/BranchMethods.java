package io.github.litetcc.dubbo;

import io.github.litetcc.annotation.TccBranch;
import io.github.litetcc.model.ParticipantId;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which interface methods are TCC branches ({@link TccBranch} on the interface method), resolved once per method
 * and cached: the participant id a remote try is enlisted under, or empty for a plain method. Thread-safe.
 */
final class BranchMethods {
    private final Map<Key, Optional<ParticipantId>> cache = new ConcurrentHashMap<>();

    Optional<ParticipantId> branchOf(Class<?> type, String method, Class<?>[] parameterTypes) {
        if (type == null || method == null || method.startsWith("$")) {
            return Optional.empty();
        }
        Class<?>[] types = parameterTypes == null ? new Class<?>[0] : parameterTypes;
        return cache.computeIfAbsent(new Key(type, method, List.of(types)), key -> resolve(type, method, types));
    }

    private static Optional<ParticipantId> resolve(Class<?> type, String name, Class<?>[] types) {
        try {
            Method method = type.getMethod(name, types);
            return method.isAnnotationPresent(TccBranch.class)
                    ? Optional.of(new ParticipantId(type.getName(), name, Arrays.stream(types).map(Class::getName).toList()))
                    : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private record Key(Class<?> type, String method, List<Class<?>> types) {
    }
}
