package io.github.litetcc.participant;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.model.ParticipantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public Collection<Participant> all() {
        return List.copyOf(participants.values());
    }
}
