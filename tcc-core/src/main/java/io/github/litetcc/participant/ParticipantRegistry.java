package io.github.litetcc.participant;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.annotation.TccBranch;
import io.github.litetcc.model.ParticipantId;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which confirm and cancel handles serve which try method: by bean (the id the log stores for a local
 * branch) and, through {@link #alias}, by interface + method + parameter types (for remote calls).
 * Filled at start-up, read by the coordinator, recovery and the Dubbo provider filter. Thread-safe.
 */
public final class ParticipantRegistry {
    private final Map<ParticipantId, Participant> participants = new ConcurrentHashMap<>();

    /**
     * Registers a participant under its own id. Registering the same try method twice is accepted only
     * for the same participant object; a different one under the same id throws.
     */
    public Participant register(Participant participant) {
        return alias(participant.id(), participant);
    }

    /**
     * Registers a participant under its own id and under the id of every {@link TccBranch} interface method
     * of {@code userClass} that its try method implements (interface name + method + parameter types), which is
     * how a remote caller names it. Two beans implementing the same marked interface method clash and throw.
     *
     * @return the interface ids it was registered under too
     */
    public List<ParticipantId> registerWithInterfaces(Participant participant, Class<?> userClass) {
        register(participant);
        List<ParticipantId> aliases = new ArrayList<>();
        for (Class<?> type : interfacesOf(userClass)) {
            Method declared = findMethod(type, participant.tryMethod());
            if (declared != null && declared.isAnnotationPresent(TccBranch.class)) {
                ParticipantId id = ParticipantId.of(type.getName(), declared);
                alias(id, participant);
                aliases.add(id);
            }
        }
        return List.copyOf(aliases);
    }

    private static Method findMethod(Class<?> type, Method tryMethod) {
        try {
            return type.getMethod(tryMethod.getName(), tryMethod.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Set<Class<?>> interfacesOf(Class<?> userClass) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> type = userClass; type != null; type = type.getSuperclass()) {
            pending.addAll(List.of(type.getInterfaces()));
        }
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (found.add(next)) {
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return found;
    }

    /** Registers a participant under another id too (e.g. the remote interface's name). */
    public Participant alias(ParticipantId id, Participant participant) {
        Participant existing = participants.putIfAbsent(id, participant);
        if (existing != null && existing != participant) {
            throw new ParticipantDefinitionException("Two participants claim " + id + ": " + existing + " and " + participant
                    + "; give the beans distinct names");
        }
        return participant;
    }

    public Optional<Participant> find(ParticipantId id) {
        return Optional.ofNullable(participants.get(id));
    }

    /** The participant, or a {@link ParticipantDefinitionException} naming the id and what is registered. */
    public Participant require(ParticipantId id) {
        Participant participant = participants.get(id);
        if (participant == null) {
            throw new ParticipantDefinitionException("No participant is registered for " + id
                    + " on this node (registered: " + participants.size() + "); is the bean deployed here under the same name?");
        }
        return participant;
    }

    /** Every registered participant once, whatever number of ids it is registered under. */
    public Collection<Participant> all() {
        return participants.values().stream().distinct().toList();
    }
}
